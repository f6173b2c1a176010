import { CONFIG_MASK, type ConfigEntry } from '@yektayar/shared'
import { z } from 'zod'
import type { ConfigKeyDefinition } from './config-key-definition.ts'
import type { ResolvedConfigValue } from './config-resolution.ts'

const shapes = new WeakMap<ConfigKeyDefinition, Record<string, unknown>>()

/** The value's JSON Schema, made once per key: clients choose their input from it. */
function shapeOf(definition: ConfigKeyDefinition): Record<string, unknown> {
  let shape = shapes.get(definition)
  if (!shape) {
    const { $schema: _, ...rest } = z.toJSONSchema(definition.schema, { io: 'input' })
    shape = rest
    shapes.set(definition, shape)
  }
  return shape
}

/** A sensitive value leaves the server only as a mask, or null when there is none. */
function shown(definition: ConfigKeyDefinition, value: unknown): unknown {
  if (!definition.sensitive) return value
  return value === undefined || value === null || value === '' ? null : CONFIG_MASK
}

export function toConfigEntry(
  key: string,
  definition: ConfigKeyDefinition,
  resolved: ResolvedConfigValue,
  fallback: unknown,
): ConfigEntry {
  return {
    key,
    group: definition.group,
    description: definition.description,
    shape: shapeOf(definition),
    sensitive: definition.sensitive,
    default: shown(definition, fallback),
    value: shown(definition, resolved.value),
    source: resolved.source,
    updatedAt: resolved.updatedAt,
  }
}
