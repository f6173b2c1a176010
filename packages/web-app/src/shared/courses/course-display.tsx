import { cx, formatNumber, type Language, useLanguage } from '@yektayar/ui'

export interface ProgressRingProps {
  /** 0–100. */
  percent: number
  /** What a screen reader hears, e.g. "Progress 40%". */
  label: string
  size?: number
  className?: string
}

const STROKE = 4

/** A course's progress as a ring with its percentage inside: an image with a text label. */
export function ProgressRing({ percent, label, size = 48, className }: ProgressRingProps) {
  const language = useLanguage()
  const clamped = Math.min(100, Math.max(0, percent))
  const radius = (size - STROKE) / 2
  const length = 2 * Math.PI * radius
  const done = clamped >= 100
  return (
    <span
      role="img"
      aria-label={label}
      className={cx('relative inline-flex shrink-0 items-center justify-center', className)}
      style={{ width: size, height: size }}
    >
      <svg width={size} height={size} aria-hidden="true" className="-rotate-90 rtl:scale-x-[-1]">
        <circle
          cx={size / 2}
          cy={size / 2}
          r={radius}
          fill="none"
          strokeWidth={STROKE}
          className="stroke-surface-muted"
        />
        <circle
          cx={size / 2}
          cy={size / 2}
          r={radius}
          fill="none"
          strokeWidth={STROKE}
          strokeLinecap="round"
          strokeDasharray={length}
          strokeDashoffset={length * (1 - clamped / 100)}
          className={done ? 'stroke-success' : 'stroke-primary'}
        />
      </svg>
      <span aria-hidden="true" className="absolute text-xs font-bold text-ink">
        {formatNumber(clamped, language)}
      </span>
    </span>
  )
}

/** A course's or lesson's text in the reader's language: the Persian one when there is no English. */
export function inLanguage(fa: string, en: string | null, language: Language): string {
  return language === 'en' && en ? en : fa
}

/** 40 → "۴۰٪" in Persian, "40%" in English (Intl's Persian percent varies between engines). */
export function percentText(percent: number, language: Language): string {
  return `${formatNumber(percent, language)}${language === 'fa' ? '٪' : '%'}`
}
