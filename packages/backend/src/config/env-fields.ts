import { z } from 'zod'

/**
 * The field helpers every settings file uses, so a flag, a number or a URL reads the same way
 * whichever area declares it. Blank values are dropped before parsing (see loadConfig), so
 * `optional()` and `default()` also cover `NAME=` in a .env file.
 */

/** `true/false`, `1/0`, `yes/no`. */
export const flag = () =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .transform((value) => value === 'true' || value === '1' || value === 'yes')

/** A whole number within bounds, with its default. */
export function int(fallback: number, { min, max }: { min: number; max?: number }) {
  const bounded = z.coerce.number().int().min(min)
  return (max === undefined ? bounded : bounded.max(max)).default(fallback)
}

/** A positive whole number (a limit, a count, a number of seconds). */
export const count = (fallback: number, max = 1_000_000) => int(fallback, { min: 1, max })

/** Comma-separated values, trimmed, blanks dropped. */
export const list = () =>
  z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
    )
    .default([])

// A scheme check catches the classic `localhost:6379`, which is otherwise a valid URL.
/** An optional URL whose scheme must match `protocol`. */
export const urlOf = (protocol: RegExp, example: string) =>
  z.url({ protocol, error: `must be a URL like ${example}` }).optional()

/** An optional URL with a fixed default, kept without its trailing slash by the area's mapper. */
export const urlWithDefault = (fallback: string) => z.url().default(fallback)

/** An optional secret of at least `minLength` characters; production checks live per area. */
export const secret = (minLength = 1) => z.string().min(minLength).optional()

/** Drops the trailing slash of a base URL so paths can be appended with `/`. */
export const withoutTrailingSlash = (url: string) => url.replace(/\/$/, '')
