import { useTranslation } from 'react-i18next'
import { cx } from './cx.ts'
import { Spinner } from './spinner.tsx'

export interface LoadingStateProps {
  label?: string
  className?: string
}

/** A polite live region, so screen readers hear that something is on its way. */
export function LoadingState({ label, className }: LoadingStateProps) {
  const { t } = useTranslation('ui')
  return (
    <div
      role="status"
      className={cx('flex items-center justify-center gap-3 py-12 text-ink-muted', className)}
    >
      <Spinner className="size-6 text-primary" />
      <span>{label ?? t('common.loading')}</span>
    </div>
  )
}
