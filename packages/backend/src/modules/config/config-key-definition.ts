import type { ConfigGroup } from '@yektayar/shared'
import type { z } from 'zod'
import type { Config } from '../../config/config.ts'

/**
 * Where a key's value comes from when nothing is stored: a fixed value, or the server's
 * environment (an operator's choice of provider is kept until an admin overrides it).
 */
export type ConfigFallback<Value> =
  | { from: 'default'; value: Value }
  | { from: 'env'; read: (config: Config) => Value }

export interface ConfigKeyDefinition<Value = unknown> {
  group: ConfigGroup
  schema: z.ZodType<Value>
  fallback: ConfigFallback<Value>
  description: { fa: string; en: string }
  /** Write-only: answers show a mask, audit rows only say it changed. */
  sensitive: boolean
}

/**
 * Checks values of several keys together; answers what is wrong with a candidate set of values,
 * in both languages (the admin reads it under the field they changed).
 */
export type CrossKeyRule = (
  valueAt: (key: string) => unknown,
  config: Config,
) => { fa: string; en: string }[]

export interface ConfigRegistry {
  keys: Record<string, ConfigKeyDefinition>
  rules: CrossKeyRule[]
}

/** Keeps a key's own value type (the registry's record would widen it to unknown). */
export const definitionOf = <Value>(definition: ConfigKeyDefinition<Value>) => definition
