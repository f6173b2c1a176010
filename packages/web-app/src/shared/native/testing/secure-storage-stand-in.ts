/**
 * The device's secure storage for unit tests, the edge of the world here: shaped like the
 * Capacitor plugin, a proxy answering every property, `then` included (where Capacitor's plugin
 * proxy throws, having no such method), so handing it to a promise would break as on a device. Use with
 * `vi.mock('@aparajita/capacitor-secure-storage', () => import('…/secure-storage-stand-in.ts'))`
 * and read what was kept in `stored`.
 */
export const stored = new Map<string, unknown>()

const methods: Record<string, unknown> = {
  get: async (key: string) => stored.get(key) ?? null,
  set: async (key: string, value: unknown) => void stored.set(key, value),
  remove: async (key: string) => stored.delete(key),
}

export const SecureStorage = new Proxy(methods, {
  get(target, property) {
    if (property === 'then') throw new Error('"SecureStorage.then()" is no method of the plugin')
    return target[property as string]
  },
})
