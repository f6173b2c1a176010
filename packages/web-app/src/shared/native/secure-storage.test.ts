import { describe, expect, it, vi } from 'vitest'
import { readSecure, writeSecure } from './secure-storage.ts'

vi.mock('@aparajita/capacitor-secure-storage', () => import('./testing/secure-storage-stand-in.ts'))

describe('secure storage', () => {
  it('keeps, reads and forgets a value through a plugin that looks like a promise', async () => {
    await writeSecure('session-token', 'abc')
    expect(await readSecure('session-token')).toBe('abc')
    await writeSecure('session-token', null)
    expect(await readSecure('session-token')).toBeNull()
  })
})
