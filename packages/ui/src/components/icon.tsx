import { cx } from './cx.ts'

export interface IconProps {
  /** SVG path data on a 24×24 grid, drawn as a 1.6-wide rounded stroke. */
  path: string
  className?: string
}

/** Decorative line icon; the text beside it carries the meaning, so it is hidden from AT. */
export function Icon({ path, className }: IconProps) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
      className={cx('size-6 shrink-0', className)}
    >
      <path d={path} />
    </svg>
  )
}
