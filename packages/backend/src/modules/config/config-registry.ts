import type { z } from 'zod'
import { careConfigKeys } from './care-config-keys.ts'
import { companionConfigKeys, companionConfigRules } from './companion-config-keys.ts'
import type { ConfigRegistry } from './config-key-definition.ts'
import { filesConfigKeys } from './files-config-keys.ts'
import { safetyConfigKeys } from './safety-config-keys.ts'

/**
 * Every key of the dynamic configuration that code reads, by group (one file each). Only these
 * are listed and editable; other rows of the `config` table (reference data, seed markers) are
 * the application's own. A key read by code goes through `dynamicConfigOf(app).get(key)`, at
 * the moment it applies, never the table and never a copy kept from boot.
 */
const keys = {
  ...careConfigKeys,
  ...safetyConfigKeys,
  ...companionConfigKeys,
  ...filesConfigKeys,
}

type RegistryKeys = typeof keys

export const CONFIG_REGISTRY: ConfigRegistry = {
  keys,
  rules: [...companionConfigRules],
}

export type ConfigKey = keyof RegistryKeys & string

/** The type a key's value has, read from its schema. */
export type ConfigValue<Key extends ConfigKey> = z.output<RegistryKeys[Key]['schema']>
