import type { PermissionName } from '@yektayar/shared/types'
import { useSession, useTranslation } from '@yektayar/ui'
import type { ReactNode } from 'react'

/**
 * Staff without the permission are told so instead of meeting a 403 (the server checks
 * anyway); the navigation already hides these pages from them.
 */
export function RequirePermission(props: { permission: PermissionName; children: ReactNode }) {
  const { t } = useTranslation()
  const session = useSession()
  if (session.data?.permissions.includes(props.permission)) return props.children
  return (
    <div role="status" className="rounded-2xl border border-line bg-surface px-6 py-8 text-center">
      <h2 className="text-lg font-bold text-ink">{t('shared.noPermission.title')}</h2>
      <p className="mt-2 text-ink-muted">
        {t('shared.noPermission.body', { permission: props.permission })}
      </p>
    </div>
  )
}
