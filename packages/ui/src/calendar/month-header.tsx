export interface MonthHeaderProps {
  captionId: string
  caption: string
  previousLabel: string
  nextLabel: string
  canGoBack: boolean
  onPrevious: () => void
  onNext: () => void
}

// Drawn pointing back in time in left-to-right text; mirrored for right-to-left.
const CHEVRON = 'M15 6l-6 6 6 6'

/** Month name between the two month buttons; announced politely when it changes. */
export function MonthHeader(props: MonthHeaderProps) {
  return (
    <div className="flex items-center justify-between gap-2">
      <MonthButton
        label={props.previousLabel}
        onClick={props.onPrevious}
        disabled={!props.canGoBack}
      />
      <p id={props.captionId} aria-live="polite" className="text-lg font-bold text-ink">
        {props.caption}
      </p>
      <MonthButton label={props.nextLabel} onClick={props.onNext} next />
    </div>
  )
}

interface MonthButtonProps {
  label: string
  onClick: () => void
  disabled?: boolean
  next?: boolean
}

function MonthButton({ label, onClick, disabled, next }: MonthButtonProps) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      onClick={onClick}
      disabled={disabled}
      className="inline-flex size-11 items-center justify-center rounded-full border border-line text-ink transition-colors hover:bg-surface-muted disabled:cursor-not-allowed disabled:opacity-40"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
        className={next ? 'size-5 rotate-180 rtl:rotate-0' : 'size-5 rtl:rotate-180'}
      >
        <path d={CHEVRON} />
      </svg>
    </button>
  )
}
