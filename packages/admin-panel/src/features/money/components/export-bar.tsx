import { buttonClasses, useTranslation } from '@yektayar/ui'

/** Downloads the list under its current filters as CSV; the server streams it. */
export function ExportBar({ href }: { href: string }) {
  const { t } = useTranslation()
  return (
    <div className="flex flex-wrap items-center gap-3">
      <a href={href} download className={buttonClasses({ variant: 'secondary' })}>
        {t('money.export')}
      </a>
      <span className="text-sm text-ink-muted">{t('money.exportHint')}</span>
    </div>
  )
}
