package ir.yektayar.app;

import com.getcapacitor.BridgeActivity;

public class MainActivity extends BridgeActivity {}
