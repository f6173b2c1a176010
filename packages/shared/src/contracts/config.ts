import { z } from 'zod'
import { CONFIG_GROUPS, CONFIG_SOURCES } from './config-constants.ts'

/**
 * Dynamic configuration (issue 20): the seed's `config` table, edited by admins through a
 * registry of known keys; a change takes effect on every instance without a restart. Routes,
 * under /api/v1, all needing `config.manage`:
 *
 * - GET    /admin/config          every registered key with its current value and where it comes from
 * - PUT    /admin/config/:key     `{ value }`, checked against the key's schema (and rules across keys)
 * - DELETE /admin/config/:key     back to the default (200, the entry as it now stands)
 *
 * A sensitive key is write-only: its `value` and `default` are CONFIG_MASK when set, null when not.
 * Changes are audited (`config.set`, `config.reset`) with before and after, except that a
 * sensitive key's audit row only says it changed.
 */

const localisedText = z.object({ fa: z.string(), en: z.string() })

/**
 * How the value looks, as JSON Schema (draft 2020-12) generated from the registry's Zod schema:
 * `enum` → a choice, `type: 'integer' | 'number'` with `minimum`/`maximum`, `boolean`, `string`
 * with `minLength`/`maxLength`, `array` of such numbers with `minItems`/`maxItems`. Clients pick
 * their input from it; the server validates anyway.
 */
export const configValueShapeSchema = z.record(z.string(), z.unknown())
export type ConfigValueShape = z.infer<typeof configValueShapeSchema>

export const configEntrySchema = z.object({
  key: z.string(),
  group: z.enum(CONFIG_GROUPS),
  description: localisedText,
  shape: configValueShapeSchema,
  sensitive: z.boolean(),
  /** The value used when nothing is stored (an environment variable's, or the registry's). */
  default: z.unknown(),
  /** The value in effect now. */
  value: z.unknown(),
  source: z.enum(CONFIG_SOURCES),
  /** When an admin last stored a value; null while the default applies. */
  updatedAt: z.string().nullable(),
})
export type ConfigEntry = z.infer<typeof configEntrySchema>

export const configListSchema = z.object({ items: z.array(configEntrySchema) })
export type ConfigList = z.infer<typeof configListSchema>

/** Any key up to the column's length: one the registry does not have is 404 CONFIG_KEY_UNKNOWN. */
export const configKeyParamsSchema = z.strictObject({ key: z.string().min(1).max(100) })

/** `value` is any JSON; the key's own schema checks it (400 VALIDATION_FAILED, path `body.value…`). */
export const setConfigBodySchema = z.strictObject({
  value: z.json().refine((value) => value !== undefined, { message: 'required' }),
})
export type SetConfigBody = z.infer<typeof setConfigBodySchema>
