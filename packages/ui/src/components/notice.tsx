import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { CrossIcon } from './cross-icon.tsx'
import { cx } from './cx.ts'

export type NoticeTone = 'success' | 'info'

const TONES: Record<NoticeTone, string> = {
  success: 'bg-success-soft text-success',
  info: 'bg-primary-soft text-primary',
}

export interface NoticeProps {
  tone?: NoticeTone
  children: ReactNode
  onDismiss?: () => void
  className?: string
}

/** A short confirmation ("you are signed in"), announced politely. */
export function Notice({ tone = 'info', children, onDismiss, className }: NoticeProps) {
  const { t } = useTranslation('ui')
  return (
    <div
      role="status"
      className={cx(
        'flex items-center justify-between gap-4 rounded-xl px-4 py-3 font-medium',
        TONES[tone],
        className,
      )}
    >
      <span>{children}</span>
      {onDismiss && (
        <button
          type="button"
          onClick={onDismiss}
          aria-label={t('common.dismiss')}
          className="inline-flex size-8 shrink-0 items-center justify-center rounded-full hover:bg-surface/60"
        >
          <CrossIcon className="size-4" />
        </button>
      )}
    </div>
  )
}
