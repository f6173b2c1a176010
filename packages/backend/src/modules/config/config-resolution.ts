import type { ConfigSource } from '@yektayar/shared'
import type { Config } from '../../config/config.ts'
import type { StoredConfigRow } from './config.repository.ts'
import type { ConfigKeyDefinition, ConfigRegistry } from './config-key-definition.ts'

export interface ResolvedConfigValue {
  value: unknown
  source: ConfigSource
  /** When the stored value was written; null when the default applies. */
  updatedAt: string | null
}

/**
 * A key's value from its stored row: the row's value when it passes the key's schema, else the
 * default. A stored value the schema refuses (written by hand, or a schema since narrowed) is
 * ignored rather than served: the default is a value the code is known to handle.
 */
export function resolveConfigValue(
  definition: ConfigKeyDefinition,
  row: StoredConfigRow | undefined,
  config: Config,
): ResolvedConfigValue & { refused: boolean } {
  const parsed = row ? definition.schema.safeParse(row.value) : undefined
  if (row && parsed?.success) {
    return { value: parsed.data, source: 'database', updatedAt: row.updatedAt, refused: false }
  }
  return {
    value: fallbackValueOf(definition, config),
    source: definition.fallback.from === 'env' ? 'env' : 'default',
    updatedAt: null,
    refused: row !== undefined,
  }
}

/** What a key is worth when nothing is stored. */
export function fallbackValueOf(definition: ConfigKeyDefinition, config: Config): unknown {
  const { fallback } = definition
  return fallback.from === 'env' ? fallback.read(config) : fallback.value
}

/** Every registered key resolved from these stored rows. */
export function resolveAll(
  registry: ConfigRegistry,
  rows: StoredConfigRow[],
  config: Config,
): Map<string, ResolvedConfigValue & { refused: boolean }> {
  const stored = new Map(rows.map((row) => [row.key, row]))
  return new Map(
    Object.entries(registry.keys).map(([key, definition]) => [
      key,
      resolveConfigValue(definition, stored.get(key), config),
    ]),
  )
}
