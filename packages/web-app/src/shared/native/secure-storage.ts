/**
 * Values kept in the Android Keystore-backed storage (@aparajita/capacitor-secure-storage):
 * encrypted at rest and gone with the app, unlike Capacitor Preferences, which is a plain
 * file. Native only; the plugin is loaded on first use.
 */
const plugin = async () => (await import('@aparajita/capacitor-secure-storage')).SecureStorage

export async function readSecure(key: string): Promise<string | null> {
  const value = await (await plugin()).get(key, false)
  return typeof value === 'string' ? value : null
}

export async function writeSecure(key: string, value: string | null): Promise<void> {
  const storage = await plugin()
  if (value === null) await storage.remove(key)
  else await storage.set(key, value, false)
}
