/**
 * Values kept in the Android Keystore-backed storage (@aparajita/capacitor-secure-storage):
 * encrypted at rest and gone with the app, unlike Capacitor Preferences, which is a plain
 * file. Native only; the plugin is loaded on first use.
 */
// Wrapped in an object: a Capacitor plugin is a proxy that answers every property, `then`
// included, so returning it bare from an async function would make it look like a promise.
const plugin = async () => ({
  storage: (await import('@aparajita/capacitor-secure-storage')).SecureStorage,
})

export async function readSecure(key: string): Promise<string | null> {
  const { storage } = await plugin()
  const value = await storage.get(key, false)
  return typeof value === 'string' ? value : null
}

export async function writeSecure(key: string, value: string | null): Promise<void> {
  const { storage } = await plugin()
  if (value === null) await storage.remove(key)
  else await storage.set(key, value, false)
}
