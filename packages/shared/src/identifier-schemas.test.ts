import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { EMAIL_FORMAT } from './identifiers.ts'

describe('EMAIL_FORMAT', () => {
  it('is the pattern z.email() checks, so normalizeEmail accepts what the schemas do', () => {
    expect(EMAIL_FORMAT.source).toBe(z.regexes.email.source)
    expect(EMAIL_FORMAT.flags).toBe(z.regexes.email.flags)
  })
})
