import { buttonClasses, useTranslation } from '@yektayar/ui'
import { Link } from 'react-router'

/** A list row's way to its own page; `label` names the row for screen readers. */
export function OpenLink({ to, label }: { to: string; label: string }) {
  const { t } = useTranslation()
  return (
    <Link to={to} className={buttonClasses({ variant: 'ghost' })} aria-label={label}>
      {t('money.open')}
    </Link>
  )
}
