import {
  holidayImportResultSchema,
  holidayInputSchema,
  holidayListSchema,
  holidaySchema,
  holidayYearQuerySchema,
  holidayYearsSchema,
  idParamsSchema,
  importHolidaysBodySchema,
  updateHolidayBodySchema,
} from '@yektayar/shared'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { CacheBroadcast } from '../../lib/cache-broadcast.ts'
import { requestMetaOf } from '../../lib/request-meta.ts'
import { requirePermission } from '../../plugins/authenticate.ts'
import {
  addHoliday,
  editHoliday,
  type HolidayDeps,
  importHolidays,
  listHolidayYear,
  listHolidayYears,
  removeHoliday,
} from './holiday.service.ts'
import { forgetHolidays } from './schedule.service.ts'

const tags = ['holidays']
const PERMISSION = 'config.manage'
const needs = 'Needs `config.manage`.'
const changes = `${needs} Audited with before and after; availability on every instance reflects it at once.`

/** The official holiday calendar by Jalali year, for admins (scheduling reads it). */
export const holidayRoutes: FastifyPluginAsyncZod = async (app) => {
  const changed = new CacheBroadcast(
    app.redis,
    `${app.config.redisKeyPrefix}holidays-changed`,
    forgetHolidays,
  )
  app.addHook('onClose', async () => changed.close())
  const deps: HolidayDeps = { db: app.database.db, changed }

  app.get(
    '/admin/holidays',
    {
      schema: {
        tags,
        summary: 'Holidays of a Jalali year',
        description: needs,
        querystring: holidayYearQuerySchema,
        response: { 200: holidayListSchema },
      },
    },
    async (request) => {
      requirePermission(request, PERMISSION)
      return listHolidayYear(deps.db, request.query.year)
    },
  )

  app.get(
    '/admin/holidays/years',
    {
      schema: {
        tags,
        summary: 'Years the calendar holds',
        description: needs,
        response: { 200: holidayYearsSchema },
      },
    },
    async (request) => {
      requirePermission(request, PERMISSION)
      return listHolidayYears(deps.db)
    },
  )

  app.post(
    '/admin/holidays',
    {
      schema: {
        tags,
        summary: 'Add a holiday',
        description: changes,
        body: holidayInputSchema,
        response: { 201: holidaySchema },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, PERMISSION)
      reply.code(201)
      return addHoliday(deps, actor, request.body, requestMetaOf(request))
    },
  )

  app.patch(
    '/admin/holidays/:id',
    {
      schema: {
        tags,
        summary: 'Edit a holiday',
        description: changes,
        params: idParamsSchema,
        body: updateHolidayBodySchema,
        response: { 200: holidaySchema },
      },
    },
    async (request) => {
      const actor = requirePermission(request, PERMISSION)
      return editHoliday(deps, actor, request.params.id, request.body, requestMetaOf(request))
    },
  )

  app.delete(
    '/admin/holidays/:id',
    { schema: { tags, summary: 'Delete a holiday', description: changes, params: idParamsSchema } },
    async (request, reply) => {
      const actor = requirePermission(request, PERMISSION)
      await removeHoliday(deps, actor, request.params.id, requestMetaOf(request))
      return reply.code(204).send()
    },
  )

  app.post(
    '/admin/holidays/import',
    {
      schema: {
        tags,
        summary: 'Import a Jalali year of holidays',
        description: `${changes} All or nothing: any bad row refuses the whole list (HOLIDAY_IMPORT_INVALID, each row in \`errors\`). \`dryRun\` checks without saving.`,
        body: importHolidaysBodySchema,
        response: { 200: holidayImportResultSchema },
      },
    },
    async (request) => {
      const actor = requirePermission(request, PERMISSION)
      return importHolidays(deps, actor, request.body, requestMetaOf(request))
    },
  )
}
