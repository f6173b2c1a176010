import { afterEach, describe, expect, it, vi } from 'vitest'
import { newClientMessageId } from './client-message-id.ts'

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

describe('newClientMessageId', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('is a version-4 UUID, also where crypto.randomUUID is missing (plain http)', () => {
    expect(newClientMessageId()).toMatch(UUID_V4)
    vi.stubGlobal('crypto', { getRandomValues: (array: Uint8Array) => array.fill(0xff) })
    expect(newClientMessageId()).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff')
  })
})
