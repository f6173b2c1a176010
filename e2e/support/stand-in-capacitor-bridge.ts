/**
 * A stand-in for the Android app's Capacitor bridge (native-bridge.js), injected before the
 * page's scripts: it says the platform is Android and answers each plugin call the web app
 * makes, keeping "secure storage" in sessionStorage so it survives a reload, and listing every
 * call in window.bridgeCalls as [plugin, method, options]. It lets a journey
 * drive the app's native branch in Chromium; what the real plugins do on a device is not
 * checked by it (docs/MOBILE.md).
 */
export const STAND_IN_CAPACITOR_BRIDGE = `
  window.androidBridge = { postMessage() {} };
  const store = JSON.parse(sessionStorage.getItem('fake-secure') || '{}');
  const method = (name, rtype = 'promise') => ({ name, rtype });
  window.bridgeCalls = [];
  window.Capacitor = {
    isNativePlatform: () => true,
    getPlatform: () => 'android',
    PluginHeaders: [
      { name: 'SecureStorage', methods: ['internalGetItem', 'internalSetItem', 'internalRemoveItem', 'setSynchronize','getSynchronize','setKeyPrefix','getKeyPrefix','keys','clearItemsWithPrefix','getPlatform'].map((n) => method(n)) },
      { name: 'BiometricAuthNative', methods: ['checkBiometry','internalAuthenticate','removeListener'].map((n) => method(n)).concat([method('addListener','callback')]) },
      { name: 'App', methods: ['getLaunchUrl','exitApp','getState','getInfo','removeListener','removeAllListeners'].map((n) => method(n)).concat([method('addListener','callback')]) },
      { name: 'StatusBar', methods: ['setStyle','setBackgroundColor','setOverlaysWebView','show','hide','getInfo'].map((n) => method(n)) },
      { name: 'LocalNotifications', methods: ['getPending','cancel','schedule','checkPermissions','requestPermissions','removeListener','removeAllListeners'].map((n) => method(n)).concat([method('addListener','callback')]) },
    ],
    nativeCallback: (plugin, name, options) => {
      window.bridgeCalls.push([plugin, name, options]);
      return String(Math.random());
    },
    nativePromise: async (plugin, name, options) => {
      window.bridgeCalls.push([plugin, name, options]);
      if (plugin === 'SecureStorage' && name === 'internalGetItem') return { data: store[options.prefixedKey] ?? null };
      if (plugin === 'SecureStorage' && name === 'internalSetItem') { store[options.prefixedKey] = options.data; sessionStorage.setItem('fake-secure', JSON.stringify(store)); return {} }
      if (plugin === 'SecureStorage' && name === 'internalRemoveItem') { const had = options.prefixedKey in store; delete store[options.prefixedKey]; sessionStorage.setItem('fake-secure', JSON.stringify(store)); return { success: had } }
      if (plugin === 'SecureStorage' && name === 'getPlatform') return { platform: 'android' };
      if (plugin === 'BiometricAuthNative' && name === 'checkBiometry') return { isAvailable: true, strongBiometryIsAvailable: true, biometryType: 3, biometryTypes: [3], deviceIsSecure: true, reason: '', code: '', strongReason: '', strongCode: '' };
      if (plugin === 'LocalNotifications' && name === 'getPending') return { notifications: [] };
      if (plugin === 'LocalNotifications' && name === 'checkPermissions') return { display: 'granted' };
      return {};
    },
  };
`
