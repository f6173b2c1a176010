import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { EMAIL_FORMAT } from './identifiers.ts'

describe('EMAIL_FORMAT', () => {
  it('is the pattern z.email() checks, so normalizeEmail accepts what the schemas do', () => {
    // Written without zod's escape of a class's last '-', which changes nothing (Biome drops it).
    expect(EMAIL_FORMAT.source).toBe(z.regexes.email.source.replaceAll('\\-]', '-]'))
    expect(EMAIL_FORMAT.flags).toBe(z.regexes.email.flags)
  })
})
