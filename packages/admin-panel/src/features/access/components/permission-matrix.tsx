import type { Group, Permission } from '@yektayar/shared/types'
import { useProblemMessage, useSession, useTranslation } from '@yektayar/ui'
import { type DataColumn, DataTable } from '../../../shared/data-table.tsx'
import { useGroupGrant } from '../api/groups.ts'

export interface PermissionMatrixProps {
  groups: Group[]
  permissions: Permission[]
}

/**
 * Who can do what: one row per permission, one column per group, each cell a switch. A
 * permission the admin does not hold cannot be ticked (the server refuses it too).
 */
export function PermissionMatrix({ groups, permissions }: PermissionMatrixProps) {
  const { t } = useTranslation()
  const problemMessage = useProblemMessage()
  const held = useSession().data?.permissions ?? []
  const grant = useGroupGrant()
  const columns: DataColumn<Permission>[] = [
    {
      id: 'permission',
      header: t('access.matrix.permission'),
      cell: (permission) => (
        <>
          <code dir="ltr" className="block font-semibold">
            {permission.name}
          </code>
          <span dir="ltr" className="block text-xs text-ink-muted">
            {permission.description}
          </span>
        </>
      ),
    },
    ...groups.map(
      (group): DataColumn<Permission> => ({
        id: group.id,
        header: group.name,
        className: 'text-center',
        cell: (permission) => {
          const granted = group.permissions.includes(permission.name)
          return (
            <input
              type="checkbox"
              className="size-5 accent-primary"
              checked={granted}
              disabled={grant.isPending || (!granted && !held.includes(permission.name))}
              aria-label={t('access.matrix.toggle', {
                permission: permission.name,
                group: group.name,
              })}
              onChange={() =>
                grant.mutate({ groupId: group.id, permission: permission.name, granted: !granted })
              }
            />
          )
        },
      }),
    ),
  ]
  return (
    <section className="flex flex-col gap-3">
      <h2 className="text-lg font-bold text-ink">{t('access.matrix.title')}</h2>
      <p className="text-sm text-ink-muted">{t('access.matrix.notHeldHint')}</p>
      {grant.isError && (
        <p role="alert" className="rounded-xl bg-danger-soft p-3 font-medium text-danger">
          {problemMessage(grant.error)}
        </p>
      )}
      <DataTable
        columns={columns}
        rows={permissions}
        rowId={(permission) => permission.name}
        caption={t('access.matrix.caption')}
      />
    </section>
  )
}
