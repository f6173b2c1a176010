/**
 * True inside the Android app (packages/mobile-app). Capacitor's bridge puts `Capacitor` on the
 * window before any page script runs, so asking costs no import: the web build never loads
 * Capacitor's code, and every native feature here loads its plugin only when this is true.
 */
export function isNativeApp(): boolean {
  const bridge = (globalThis as { Capacitor?: { isNativePlatform?: () => boolean } }).Capacitor
  return bridge?.isNativePlatform?.() === true
}
