import { ErrorState, LoadingState, useTranslation } from '@yektayar/ui'
import { RequirePermission } from '../../../shared/require-permission.tsx'
import { useGroups, usePermissions } from '../api/groups.ts'
import { GroupsPanel } from './groups-panel.tsx'
import { PermissionMatrix } from './permission-matrix.tsx'
import { WhyPanel } from './why-panel.tsx'

/** Access (rbac.manage): why someone can do something, the groups × permissions matrix, groups. */
export function AccessPage() {
  const { t } = useTranslation()
  return (
    <div className="mx-auto flex w-full max-w-6xl flex-col gap-6 px-4 py-8 sm:py-10">
      <title>{t('access.pageTitle')}</title>
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-extrabold text-ink sm:text-3xl">{t('access.title')}</h1>
        <p className="max-w-3xl text-ink-muted">{t('access.lead')}</p>
        <p className="max-w-3xl text-sm text-ink-muted">{t('access.rules')}</p>
      </header>
      <RequirePermission permission="rbac.manage">
        <AccessEditor />
      </RequirePermission>
    </div>
  )
}

function AccessEditor() {
  const groups = useGroups()
  const permissions = usePermissions()
  if (groups.isPending || permissions.isPending) return <LoadingState />
  if (groups.isError) return <ErrorState error={groups.error} onRetry={() => groups.refetch()} />
  if (permissions.isError) {
    return <ErrorState error={permissions.error} onRetry={() => permissions.refetch()} />
  }
  return (
    <>
      <WhyPanel permissions={permissions.data.items} />
      <PermissionMatrix groups={groups.data.items} permissions={permissions.data.items} />
      <GroupsPanel groups={groups.data.items} />
    </>
  )
}
