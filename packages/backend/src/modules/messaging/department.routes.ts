import {
  departmentInboxListSchema,
  departmentListSchema,
  departmentParamsSchema,
  departmentStaffListSchema,
  departmentStaffParamsSchema,
} from '@yektayar/shared'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { requestMetaOf } from '../../lib/request-meta.ts'
import { requireAuth, requirePermission } from '../../plugins/authenticate.ts'
import { addStaff, listDepartments, listStaff, removeStaff } from './department.service.ts'
import { listDepartmentInboxes } from './department-inbox.service.ts'
import { messagingDepsOf } from './messaging-deps.ts'

const tags = ['messaging']
const security: Record<string, string[]>[] = [{ bearer: [] }, { cookie: [] }]

/** Support departments, and (threads.manage) who answers each one's inbox. */
export const departmentRoutes: FastifyPluginAsyncZod = async (app) => {
  const runtime = messagingDepsOf(app)

  app.get(
    '/departments',
    {
      schema: {
        tags,
        security,
        summary: 'Support departments',
        response: { 200: departmentListSchema },
      },
    },
    async (request) => {
      requireAuth(request)
      return { items: await listDepartments(runtime.db) }
    },
  )

  app.get(
    '/admin/department-inboxes',
    {
      schema: {
        tags,
        security,
        summary: "Every department's inbox at a glance",
        description:
          'Needs `threads.manage`. Per department: open threads, those unassigned, those waiting for a staff answer (the latest message is from whoever opened the thread) and since when the longest-waiting one waits, and how many staff answer it. Counts only.',
        response: { 200: departmentInboxListSchema },
      },
    },
    async (request) => {
      requirePermission(request, 'threads.manage')
      return listDepartmentInboxes(runtime.db)
    },
  )

  app.get(
    '/departments/:key/staff',
    {
      schema: {
        tags,
        security,
        summary: "A department's staff",
        description: 'Needs `threads.manage`.',
        params: departmentParamsSchema,
        response: { 200: departmentStaffListSchema },
      },
    },
    async (request) => {
      requirePermission(request, 'threads.manage')
      return listStaff(runtime.db, request.params.key)
    },
  )

  // Adding and removing a staff member differ only in the verb, the text and the service call.
  const staffChanges = [
    { method: 'PUT', summary: 'Add a staff member to a department', change: addStaff, more: '' },
    {
      method: 'DELETE',
      summary: 'Remove a staff member from a department',
      change: removeStaff,
      more: ' They also leave the department’s threads they answered or were assigned, as when a thread moves to another department, and lose them (and their attachments) at once.',
    },
  ] as const
  for (const { method, summary, change, more } of staffChanges) {
    app.route({
      method,
      url: '/departments/:key/staff/:userId',
      schema: {
        tags,
        security,
        summary,
        description: `Needs \`threads.manage\`.${more}`,
        params: departmentStaffParamsSchema,
      },
      handler: async (request, reply) => {
        const auth = requirePermission(request, 'threads.manage')
        await change(runtime, auth, request.params, requestMetaOf(request))
        return reply.code(204).send()
      },
    })
  }
}
