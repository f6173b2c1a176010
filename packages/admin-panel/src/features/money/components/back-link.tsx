import { useTranslation } from '@yektayar/ui'
import { Link } from 'react-router'

/** Back to a list, keeping nothing of the detail: the list's filters live in its own address. */
export function BackLink({ to, label }: { to: string; label: string }) {
  const { t } = useTranslation()
  return (
    <Link to={to} className="w-fit text-sm font-medium text-primary hover:underline">
      {t(label)}
    </Link>
  )
}
