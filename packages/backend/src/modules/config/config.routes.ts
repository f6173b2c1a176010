import {
  configEntrySchema,
  configKeyParamsSchema,
  configListSchema,
  setConfigBodySchema,
} from '@yektayar/shared'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { requestMetaOf } from '../../lib/request-meta.ts'
import { requirePermission } from '../../plugins/authenticate.ts'
import { listConfig, resetConfigValue, setConfigValue } from './config.service.ts'
import type { ConfigDeps } from './config-deps.ts'

const MANAGE = 'config.manage'

/** The dynamic configuration (issue 20, item 6): read, change and reset the registry's keys. */
export const configRoutes: FastifyPluginAsyncZod<{ deps: ConfigDeps }> = async (app, { deps }) => {
  const tags = ['config']

  app.get(
    '/admin/config',
    {
      schema: {
        tags,
        summary: 'Every configuration key, its value and where it comes from',
        description:
          'Needs `config.manage`. Sensitive keys are write-only: their value and default are masked.',
        response: { 200: configListSchema },
      },
    },
    async (request) => {
      requirePermission(request, MANAGE)
      return listConfig(deps)
    },
  )

  app.put(
    '/admin/config/:key',
    {
      schema: {
        tags,
        summary: 'Change a configuration key',
        description:
          'Needs `config.manage`. The value must pass the key’s schema and the rules across keys (400 VALIDATION_FAILED, path `body.value…`); an unknown key is 404 CONFIG_KEY_UNKNOWN. Audited; applied on every instance before the answer (through Redis when configured).',
        params: configKeyParamsSchema,
        body: setConfigBodySchema.meta({
          'x-examples': { model: { summary: 'Another model', value: { value: 'openai-fast' } } },
        }),
        response: { 200: configEntrySchema },
      },
    },
    async (request) => {
      const actor = requirePermission(request, MANAGE)
      const { key } = request.params
      return setConfigValue(deps, actor, key, request.body.value, requestMetaOf(request))
    },
  )

  app.delete(
    '/admin/config/:key',
    {
      schema: {
        tags,
        summary: 'Reset a configuration key to its default',
        description: 'Needs `config.manage`. Audited; answers the key as it now stands.',
        params: configKeyParamsSchema,
        response: { 200: configEntrySchema },
      },
    },
    async (request) => {
      const actor = requirePermission(request, MANAGE)
      return resetConfigValue(deps, actor, request.params.key, requestMetaOf(request))
    },
  )
}
