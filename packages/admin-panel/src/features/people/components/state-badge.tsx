import { cx, useTranslation } from '@yektayar/ui'

/** Active or inactive, in words and colour (the words carry it for screen readers). */
export function StateBadge({ active }: { active: boolean }) {
  const { t } = useTranslation()
  return (
    <span
      className={cx(
        'inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold',
        active ? 'bg-success-soft text-success' : 'bg-danger-soft text-danger',
      )}
    >
      {active ? t('people.active') : t('people.inactive')}
    </span>
  )
}
