/**
 * The "×" of a dismiss or remove button. Bolder than Icon's line (2 rather than 1.6), so it
 * still reads at 16 px; the button around it carries the name, so it is hidden from AT.
 */
export function CrossIcon({ className }: { className?: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className={className} stroke="currentColor">
      <path d="M6 6l12 12M18 6 6 18" strokeWidth="2" strokeLinecap="round" />
    </svg>
  )
}
