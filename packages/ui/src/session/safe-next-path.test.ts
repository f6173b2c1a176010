import { describe, expect, it } from 'vitest'
import { safeNextPath } from './safe-next-path.ts'

describe('safeNextPath', () => {
  it('keeps a local path with its query', () => {
    expect(safeNextPath('/appointments?x=1')).toBe('/appointments?x=1')
  })

  it('refuses other sites, protocol-relative paths and nothing at all', () => {
    for (const next of ['https://evil.example', '//evil.example', '/\\evil.example', null]) {
      expect(safeNextPath(next)).toBeNull()
    }
  })
})
