import type { PermissionName } from '@yektayar/shared/types'
import { useTranslation } from '@yektayar/ui'
import type { ReactNode } from 'react'
import { RequirePermission } from '../../../shared/require-permission.tsx'

export interface MoneyPageFrameProps {
  /** Message keys under `money.`: `<section>.pageTitle`, `.title` and (optional) `.lead`. */
  section: string
  permission: PermissionName
  lead?: boolean
  /** Above the title: a way back to the list. */
  back?: ReactNode
  children: ReactNode
}

/** The pages' common frame: title, lead, and the permission the server will check anyway. */
export function MoneyPageFrame({ section, permission, lead, back, children }: MoneyPageFrameProps) {
  const { t } = useTranslation()
  return (
    <div className="mx-auto flex w-full max-w-6xl flex-col gap-6 px-4 py-8 sm:py-10">
      <title>{t(`money.${section}.pageTitle`)}</title>
      <header className="flex flex-col gap-2">
        {back}
        <h1 className="text-2xl font-extrabold text-ink sm:text-3xl">
          {t(`money.${section}.title`)}
        </h1>
        {lead && <p className="max-w-3xl text-ink-muted">{t(`money.${section}.lead`)}</p>}
      </header>
      <RequirePermission permission={permission}>{children}</RequirePermission>
    </div>
  )
}
