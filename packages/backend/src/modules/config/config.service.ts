import type { ConfigEntry, ConfigList } from '@yektayar/shared'
import type { z } from 'zod'
import { AppError, type FieldError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import type { RequestMeta } from '../../lib/request-meta.ts'
import { recordAudit } from '../audit/audit.service.ts'
import {
  deleteConfigRow,
  findConfigRows,
  lockConfigWrites,
  upsertConfigRow,
} from './config.repository.ts'
import type { ConfigDeps } from './config-deps.ts'
import type { ConfigKeyDefinition } from './config-key-definition.ts'
import { fallbackValueOf, resolveAll } from './config-resolution.ts'
import { toConfigEntry } from './config-view.ts'

/** Every registered key, in the registry's order, as this instance has it now. */
export function listConfig(deps: ConfigDeps): ConfigList {
  return { items: Object.keys(deps.registry.keys).map((key) => entryOf(deps, key)) }
}

/**
 * Stores a key's value after checking it against the key's schema and the rules across keys
 * (against the values stored now, under a lock), audits before and after, and applies it here
 * and on every other instance before answering.
 */
export async function setConfigValue(
  deps: ConfigDeps,
  actor: AuthContext,
  key: string,
  value: unknown,
  meta: RequestMeta,
): Promise<ConfigEntry> {
  const definition = definitionOf(deps, key)
  const parsed = definition.schema.safeParse(value)
  if (!parsed.success) throw invalid(parsed.error.issues)
  await writeChecked(deps, actor, key, parsed.data, meta)
  return entryOf(deps, key)
}

/** Drops a stored value, so the key's default applies again (checked and audited the same way). */
export async function resetConfigValue(
  deps: ConfigDeps,
  actor: AuthContext,
  key: string,
  meta: RequestMeta,
): Promise<ConfigEntry> {
  definitionOf(deps, key)
  await writeChecked(deps, actor, key, undefined, meta)
  return entryOf(deps, key)
}

/** `value` undefined resets the key. */
async function writeChecked(
  deps: ConfigDeps,
  actor: AuthContext,
  key: string,
  value: unknown,
  meta: RequestMeta,
) {
  const definition = definitionOf(deps, key)
  const changed = await deps.db.transaction(async (tx) => {
    await lockConfigWrites(tx)
    const rows = await findConfigRows(tx, Object.keys(deps.registry.keys))
    const current = resolveAll(deps.registry, rows, deps.config)
    const before = current.get(key)
    if (value === undefined && before?.source !== 'database') return false
    const after = value === undefined ? fallbackValueOf(definition, deps.config) : value
    checkRules(deps, meta, (other) => (other === key ? after : current.get(other)?.value))
    if (value === undefined) await deleteConfigRow(tx, key)
    else {
      const description = definition.description.en
      await upsertConfigRow(tx, { key, value, description, sensitive: definition.sensitive })
    }
    await recordAudit(tx, {
      userId: actor.userId,
      action: value === undefined ? 'config.reset' : 'config.set',
      resource: 'config',
      resourceId: key,
      changes: definition.sensitive
        ? { changed: true }
        : { before: before?.value ?? null, after, source: before?.source },
      ip: meta.ip,
      userAgent: meta.userAgent,
    })
    return true
  })
  if (changed) await deps.reader.changed(key)
}

function checkRules(deps: ConfigDeps, meta: RequestMeta, valueAt: (key: string) => unknown) {
  const problems = deps.registry.rules.flatMap((rule) => rule(valueAt, deps.config))
  if (problems.length > 0) {
    throw new AppError('VALIDATION_FAILED', 'config values conflict', {
      errors: problems.map((text) => ({ path: 'body.value', message: text[meta.locale] })),
    })
  }
}

function invalid(issues: z.core.$ZodIssue[]): AppError {
  const errors: FieldError[] = issues.map((issue) => ({
    path: ['body', 'value', ...issue.path.map(String)].join('.'),
    message: issue.message,
  }))
  return new AppError('VALIDATION_FAILED', 'config value refused by its schema', { errors })
}

function definitionOf(deps: ConfigDeps, key: string): ConfigKeyDefinition {
  const definition = Object.hasOwn(deps.registry.keys, key) ? deps.registry.keys[key] : undefined
  if (!definition) throw new AppError('CONFIG_KEY_UNKNOWN', `no config key ${key}`)
  return definition
}

function entryOf(deps: ConfigDeps, key: string): ConfigEntry {
  const definition = definitionOf(deps, key)
  const fallback = fallbackValueOf(definition, deps.config)
  return toConfigEntry(key, definition, deps.reader.resolve(key), fallback)
}
