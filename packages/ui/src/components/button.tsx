import { type ButtonHTMLAttributes, useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useOnline } from '../offline/connection.ts'
import { cx } from './cx.ts'
import { Spinner } from './spinner.tsx'

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger'
export type ButtonSize = 'md' | 'lg'

const VARIANTS: Record<ButtonVariant, string> = {
  primary: 'bg-primary text-on-primary hover:bg-primary-hover',
  secondary: 'border border-line-strong bg-surface text-ink hover:bg-surface-muted',
  ghost: 'text-primary hover:bg-primary-soft',
  danger: 'bg-danger text-surface hover:opacity-90',
}

const SIZES: Record<ButtonSize, string> = {
  md: 'min-h-11 px-5 text-sm',
  lg: 'min-h-12 px-6 text-base',
}

export interface ButtonStyle {
  variant?: ButtonVariant
  size?: ButtonSize
  className?: string
}

/** The button look, for links that should read as actions (router links, anchors). */
export function buttonClasses({ variant = 'primary', size = 'md', className }: ButtonStyle = {}) {
  return cx(
    'inline-flex items-center justify-center gap-2 rounded-xl font-semibold transition-colors disabled:cursor-not-allowed disabled:opacity-60',
    VARIANTS[variant],
    SIZES[size],
    className,
  )
}

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement>, ButtonStyle {
  /** Disables the button and shows a spinner while its work is under way. */
  loading?: boolean
  /**
   * Its action writes to the server: while offline it is disabled and says why, rather than
   * letting the person fill a form and then fail.
   */
  needsConnection?: boolean
}

export function Button({
  variant,
  size,
  className,
  loading = false,
  needsConnection = false,
  disabled,
  type = 'button',
  children,
  ...rest
}: ButtonProps) {
  const offline = !useOnline() && needsConnection
  const reasonId = useId()
  const button = (
    <button
      type={type}
      disabled={disabled || loading || offline}
      aria-busy={loading || undefined}
      aria-describedby={offline ? reasonId : undefined}
      className={buttonClasses({ variant, size, className })}
      {...rest}
    >
      {loading && <Spinner />}
      {children}
    </button>
  )
  if (!offline) return button
  return (
    <span className="inline-flex flex-col gap-1">
      {button}
      <OfflineReason id={reasonId} />
    </span>
  )
}

function OfflineReason({ id }: { id?: string }) {
  const { t } = useTranslation('ui')
  return (
    <span id={id} className="text-xs text-ink-muted">
      {t('offline.needsConnection')}
    </span>
  )
}
