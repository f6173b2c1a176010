import { describe, expect, it, vi } from 'vitest'
import { readSecure, writeSecure } from './secure-storage.ts'

// Like a real Capacitor plugin: a proxy answering every property, `then` included (where
// Capacitor throws "not implemented"), so handing it to a promise would break.
const stored = vi.hoisted(() => new Map<string, unknown>())
vi.mock('@aparajita/capacitor-secure-storage', () => {
  const methods: Record<string, unknown> = {
    get: async (key: string) => stored.get(key) ?? null,
    set: async (key: string, value: unknown) => void stored.set(key, value),
    remove: async (key: string) => stored.delete(key),
  }
  const SecureStorage = new Proxy(methods, {
    get(target, property) {
      if (property === 'then') throw new Error('"SecureStorage.then()" is not implemented')
      return target[property as string]
    },
  })
  return { SecureStorage }
})

describe('secure storage', () => {
  it('keeps, reads and forgets a value through a plugin that looks like a promise', async () => {
    await writeSecure('session-token', 'abc')
    expect(await readSecure('session-token')).toBe('abc')
    await writeSecure('session-token', null)
    expect(await readSecure('session-token')).toBeNull()
  })
})
