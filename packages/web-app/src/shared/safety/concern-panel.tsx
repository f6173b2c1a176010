import { CrossIcon, useTranslation } from '@yektayar/ui'
import { useId } from 'react'
import { Link } from 'react-router'
import { CrisisLines } from './crisis-lines.tsx'
import { addSafetyMessages } from './safety-messages.ts'

const LINK =
  'inline-flex min-h-11 items-center rounded-xl bg-primary-soft px-3 text-sm font-semibold text-primary hover:underline'

/**
 * For a concern (not a crisis): a few gentle ways on, beside the page rather than over it, at
 * the top so it never covers the conversation's newest lines or the composer. Nobody is paged
 * for a concern, so it promises nothing of the kind.
 */
export function ConcernPanel({ onClose }: { onClose: () => void }) {
  addSafetyMessages()
  const { t } = useTranslation()
  const titleId = useId()
  return (
    <aside
      aria-labelledby={titleId}
      className="fixed inset-x-3 top-3 z-40 mx-auto flex max-h-[calc(100dvh-1.5rem)] max-w-md flex-col gap-3 overflow-y-auto rounded-2xl border border-line bg-surface p-4 text-ink shadow-lg md:inset-x-auto md:end-4 md:top-20"
    >
      <header className="flex items-start justify-between gap-2">
        <h2 id={titleId} className="text-lg font-bold">
          {t('safety.concern.title')}
        </h2>
        <button
          type="button"
          onClick={onClose}
          className="inline-flex min-h-11 shrink-0 items-center gap-1 rounded-full px-3 text-sm font-semibold text-ink-muted hover:bg-surface-muted hover:text-ink"
        >
          <CrossIcon className="size-4" />
          {t('safety.concern.close')}
        </button>
      </header>
      <p className="text-sm leading-relaxed">{t('safety.concern.lead')}</p>
      <nav aria-label={t('safety.concern.title')} className="flex flex-wrap gap-2">
        <Link to="/courses" className={LINK} onClick={onClose}>
          {t('safety.concern.breathing')}
        </Link>
        <Link to="/messages" className={LINK} onClick={onClose}>
          {t('safety.concern.psychologist')}
        </Link>
        <Link to="/safety-plan" className={LINK} onClick={onClose}>
          {t('safety.concern.plan')}
        </Link>
      </nav>
      <p className="text-sm text-ink-muted">{t('safety.concern.lines')}</p>
      <CrisisLines compact />
    </aside>
  )
}
