import { cx } from './cx.ts'

export interface BrandMarkProps {
  className?: string
}

/** The YektaYar sprout: growth, tended together. Decorative beside the written name. */
export function BrandMark({ className }: BrandMarkProps) {
  return (
    <svg aria-hidden="true" viewBox="0 0 32 32" className={cx('size-9 shrink-0', className)}>
      <rect width="32" height="32" rx="9" className="fill-primary" />
      <path
        d="M16 25v-8.5M16 16.5c0-5 3.6-8.5 8.5-8.5 0 5-3.6 8.5-8.5 8.5ZM16 16.5c0-3.8-3-6.8-7-6.8 0 3.8 3 6.8 7 6.8Z"
        fill="none"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
        className="stroke-on-primary"
      />
    </svg>
  )
}
