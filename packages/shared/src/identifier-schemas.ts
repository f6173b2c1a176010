import { z } from 'zod'
import {
  IDENTIFIER_INVALID,
  MAX_EMAIL_LENGTH,
  normalizeEmail,
  normalizeIranianPhone,
  parseIdentifier,
} from './identifiers.ts'

// The identifier rules of identifiers.ts as request schemas; kept apart so the rules stay
// importable without zod.

const invalidIdentifier = { error: IDENTIFIER_INVALID }

function normalizedBy<T>(normalize: (input: string) => T | null) {
  return z
    .string(invalidIdentifier)
    .max(MAX_EMAIL_LENGTH, invalidIdentifier)
    .transform((input, ctx) => {
      const normalized = normalize(input)
      if (normalized === null) {
        ctx.addIssue({
          code: 'custom',
          message: IDENTIFIER_INVALID,
          params: { code: IDENTIFIER_INVALID },
        })
        return z.NEVER
      }
      return normalized
    })
}

/** A phone number or email as typed → `{ type, value }` in stored form. */
export const identifierInputSchema = normalizedBy(parseIdentifier)

/** An Iranian mobile number as typed → E.164. */
export const phoneSchema = normalizedBy(normalizeIranianPhone)

/** An email as typed → trimmed and lower-cased. */
export const emailSchema = normalizedBy(normalizeEmail)
