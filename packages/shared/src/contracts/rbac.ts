import { z } from 'zod'
import { PERMISSIONS, type PermissionName } from '../permissions.ts'
import { uuidSchema } from './common.ts'

export const permissionNameSchema = z.enum(Object.keys(PERMISSIONS) as [PermissionName])

export const permissionSchema = z.object({
  name: z.string(),
  description: z.string().nullable(),
  resource: z.string(),
  action: z.string(),
})

export const groupSchema = z
  .object({
    id: uuidSchema,
    name: z.string(),
    description: z.string().nullable(),
    /** One of the per-type default groups: cannot be renamed or deleted. */
    isDefault: z.boolean(),
    memberCount: z.number().int(),
    permissions: z.array(z.string()),
    createdAt: z.string(),
  })
  .meta({ id: 'Group' })

const groupName = z
  .string()
  .trim()
  .min(2)
  .max(100)
  .regex(/^[\p{L}\p{N} ._-]+$/u)

export const createGroupBodySchema = z.strictObject({
  name: groupName,
  description: z.string().trim().max(500).optional(),
})

export const updateGroupBodySchema = z.strictObject({
  name: groupName.optional(),
  description: z.string().trim().max(500).nullable().optional(),
})

export const groupParamsSchema = z.strictObject({ id: uuidSchema })
export const groupMemberParamsSchema = z.strictObject({ id: uuidSchema, userId: uuidSchema })
export const groupPermissionParamsSchema = z.strictObject({
  id: uuidSchema,
  permission: permissionNameSchema,
})
export const userPermissionParamsSchema = z.strictObject({
  userId: uuidSchema,
  permission: permissionNameSchema,
})
export const rbacUserParamsSchema = z.strictObject({ userId: uuidSchema })

export const groupMemberSchema = z.object({
  userId: uuidSchema,
  type: z.string(),
  profile: z.record(z.string(), z.unknown()),
  addedAt: z.string(),
})

export const userAccessSchema = z.object({
  userId: uuidSchema,
  direct: z.array(z.string()),
  groups: z.array(z.object({ id: uuidSchema, name: z.string() })),
  effective: z.array(z.string()),
})

/**
 * "Why can this person do X": every source of one permission for one user. `held` is whether
 * any source grants it; an inactive account can do nothing whatever it holds.
 */
export const permissionSourcesSchema = z
  .object({
    userId: uuidSchema,
    permission: z.string(),
    isActive: z.boolean(),
    held: z.boolean(),
    direct: z.boolean(),
    groups: z.array(z.object({ id: uuidSchema, name: z.string() })),
  })
  .meta({ id: 'PermissionSources' })

export type PermissionSources = z.infer<typeof permissionSourcesSchema>
export type Group = z.infer<typeof groupSchema>
export type Permission = z.infer<typeof permissionSchema>
export type UserAccess = z.infer<typeof userAccessSchema>
export type GroupMember = z.infer<typeof groupMemberSchema>
