import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useProblemMessage } from '../api/problem-message.ts'
import { Button } from './button.tsx'
import { cx } from './cx.ts'

export interface ErrorStateProps {
  /** What failed; its message is taken from the problem `code` when it is an ApiError. */
  error?: unknown
  title?: string
  message?: ReactNode
  onRetry?: () => void
  retryLabel?: string
  className?: string
}

export function ErrorState(props: ErrorStateProps) {
  const { error, title, message, onRetry, retryLabel, className } = props
  const { t } = useTranslation('ui')
  const describe = useProblemMessage()
  return (
    <div
      role="alert"
      className={cx(
        'flex flex-col items-center gap-3 rounded-2xl bg-danger-soft px-6 py-8 text-center',
        className,
      )}
    >
      <h2 className="text-lg font-bold text-danger">{title ?? t('errors.title')}</h2>
      <p className="max-w-prose text-ink">{message ?? describe(error)}</p>
      {onRetry && (
        <Button variant="secondary" onClick={onRetry}>
          {retryLabel ?? t('common.retry')}
        </Button>
      )}
    </div>
  )
}
