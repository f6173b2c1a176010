import fp from 'fastify-plugin'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'

/**
 * Core plugins a module may depend on: registered before any module, at the root (identity,
 * socket-io) or at the top of /api/v1 (authenticate).
 */
type CorePlugin = 'identity' | 'socket-io' | 'authenticate'

/** Every feature module under src/modules, by its plugin name. */
export type ModuleName =
  | 'app-links'
  | 'admin-money'
  | 'appointments'
  | 'assessments'
  | 'audit'
  | 'auth'
  | 'companion'
  | 'config'
  | 'dev'
  | 'files'
  | 'health'
  | 'learning'
  | 'messaging'
  | 'notes'
  | 'notifications'
  | 'payments'
  | 'professionals'
  | 'rbac'
  | 'reports'
  | 'safety'
  | 'users'

/**
 * A feature module as one Fastify plugin: named, encapsulated (its hooks and decorators stay
 * inside it), and listing the plugins and modules it needs, which Fastify checks are registered
 * before it. See docs/adding-a-module.md.
 */
export function modulePlugin(
  name: ModuleName,
  dependencies: (CorePlugin | ModuleName)[],
  plugin: FastifyPluginAsyncZod,
) {
  return fp(plugin, { name, dependencies, encapsulate: true })
}
