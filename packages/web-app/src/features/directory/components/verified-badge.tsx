import { Icon, useTranslation } from '@yektayar/ui'

const CHECK =
  'M12 3l2.2 1.6 2.7-.1.8 2.6 2.2 1.6-.8 2.6.8 2.6-2.2 1.6-.8 2.6-2.7-.1L12 21l-2.2-1.6-2.7.1-.8-2.6-2.2-1.6.8-2.6-.8-2.6 2.2-1.6.8-2.6 2.7.1ZM9 12l2 2 4-4'

/** Sized to its text, so a column of details does not stretch it across. */
export function VerifiedBadge() {
  const { t } = useTranslation()
  return (
    <span className="inline-flex w-fit items-center gap-1 rounded-full bg-success-soft px-2.5 py-0.5 text-xs font-semibold text-success">
      <Icon path={CHECK} className="size-4" />
      {t('directory.card.verified')}
    </span>
  )
}
