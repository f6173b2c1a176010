import type { CapacitorConfig } from '@capacitor/cli'

/**
 * The Android shell around the web app's build (docs/MOBILE.md). The web app itself decides at
 * run time what is native (packages/web-app/src/shared/native/); this file only says what the
 * shell is. The Android project in android/ repeats some of it (Gradle and the manifest cannot
 * read this file); test/android-project.test.ts keeps the two in step.
 */

/** Android App Links: `https://<host>/app/…` opens the app where it is installed. */
export const APP_LINK_PATH_PREFIX = '/app'
/**
 * The host the release build claims, unless Gradle is given `-PappLinkHost=…`; the backend at
 * that host serves /.well-known/assetlinks.json (ANDROID_APP_ID, ANDROID_CERT_SHA256).
 */
export const DEFAULT_APP_LINK_HOST = 'yektayar.ir'
/** `yektayar://payments/result?…`: where a browser that cannot open App Links hands back. */
export const CUSTOM_SCHEME = 'yektayar'

const config: CapacitorConfig = {
  appId: 'ir.yektayar.app',
  appName: 'یکتایار',
  // The web app's production build; build it with VITE_API_BASE_URL first (docs/MOBILE.md).
  webDir: '../web-app/dist',
  android: {
    // Android 15 draws apps edge to edge; until Capacitor 8's system bars API, the shell keeps
    // the page clear of the status and navigation bars with margins, and the page's own
    // env(safe-area-inset-*) padding covers a WebView that reports insets.
    adjustMarginsForEdgeToEdge: 'auto',
  },
  plugins: {
    // The header's surface colour until the page sets it for its theme (native-shell.tsx).
    StatusBar: { overlaysWebView: false, backgroundColor: '#ffffff', style: 'LIGHT' },
    LocalNotifications: { smallIcon: 'ic_stat_yektayar', iconColor: '#0e6b62' },
  },
}

export default config
