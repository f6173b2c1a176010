import { z } from 'zod'
import { departmentSchema } from './messaging.ts'

/**
 * One department's inbox at a glance (threads.manage). `waiting`: open threads whose latest
 * message is from the person who opened the thread, i.e. nobody on staff has answered it yet;
 * `oldestWaitingSince` is when the longest-waiting of them last wrote.
 */
export const departmentInboxSchema = departmentSchema
  .extend({
    open: z.number().int(),
    unassigned: z.number().int(),
    waiting: z.number().int(),
    oldestWaitingSince: z.string().nullable(),
    staff: z.number().int(),
  })
  .meta({ id: 'DepartmentInbox' })
export const departmentInboxListSchema = z.object({ items: z.array(departmentInboxSchema) })

export type DepartmentInbox = z.infer<typeof departmentInboxSchema>
export type DepartmentInboxList = z.infer<typeof departmentInboxListSchema>
