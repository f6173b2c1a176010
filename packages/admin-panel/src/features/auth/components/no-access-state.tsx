import { SignOutButton, useTranslation } from '@yektayar/ui'

/** A signed-in patient or psychologist who is not staff: said plainly, with the way out. */
export function NoAccessState() {
  const { t } = useTranslation()
  return (
    <div className="mx-auto w-full max-w-xl px-4 py-16">
      <title>{t('auth.noAccess.pageTitle')}</title>
      <div className="flex flex-col items-center gap-4 rounded-2xl border border-line bg-surface px-6 py-10 text-center">
        <h1 className="text-xl font-bold text-ink">{t('auth.noAccess.title')}</h1>
        <p className="max-w-prose text-ink-muted">{t('auth.noAccess.body')}</p>
        <SignOutButton variant="primary" />
      </div>
    </div>
  )
}
