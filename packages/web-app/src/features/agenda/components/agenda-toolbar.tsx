import { Button, cx, useTranslation } from '@yektayar/ui'
import type { AgendaView } from '../agenda-grouping.ts'

export interface AgendaToolbarProps {
  view: AgendaView
  onView: (view: AgendaView) => void
  onPrevious: () => void
  onToday: () => void
  onNext: () => void
}

const VIEWS: AgendaView[] = ['day', 'week']

/** Day or week, and previous / today / next; words rather than arrows, which flip in RTL. */
export function AgendaToolbar({ view, onView, onPrevious, onToday, onNext }: AgendaToolbarProps) {
  const { t } = useTranslation()
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <fieldset>
        <legend className="sr-only">{t('agenda.views.label')}</legend>
        <div className="inline-flex gap-1 rounded-2xl bg-surface-muted p-1">
          {VIEWS.map((item) => (
            <button
              key={item}
              type="button"
              aria-pressed={item === view}
              onClick={() => onView(item)}
              className={cx(
                'min-h-11 rounded-xl px-5 font-semibold',
                item === view ? 'bg-surface text-ink shadow-sm' : 'text-ink-muted hover:text-ink',
              )}
            >
              {t(`agenda.views.${item}`)}
            </button>
          ))}
        </div>
      </fieldset>
      <fieldset className="flex flex-wrap gap-2">
        <legend className="sr-only">{t('agenda.navigation')}</legend>
        <Button variant="secondary" onClick={onPrevious}>
          {t(`agenda.previous.${view}`)}
        </Button>
        <Button variant="secondary" onClick={onToday}>
          {t('agenda.today')}
        </Button>
        <Button variant="secondary" onClick={onNext}>
          {t(`agenda.next.${view}`)}
        </Button>
      </fieldset>
    </div>
  )
}
