import type { AppointmentView, DocumentFile } from '@yektayar/shared/types'
import { formatDateTime, useLanguage, useTimeZone, useTranslation } from '@yektayar/ui'
import { useId } from 'react'
import { usePersonName } from '../../../shared/person-name.ts'
import { ProblemAlert } from '../../../shared/problem-alert.tsx'
import { useLinkDocument } from '../api/link-document.ts'

const NONE = ''

export interface SessionSelectProps {
  document: DocumentFile
  /** My sessions to choose from (api/my-sessions.ts). */
  sessions: AppointmentView[]
}

/** Which of my sessions a document was brought for; saved as soon as it is chosen. */
export function SessionSelect({ document, sessions }: SessionSelectProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const timeZone = useTimeZone()
  const nameOf = usePersonName()
  const id = useId()
  const link = useLinkDocument(document.id)
  const when = (startsAt: string) => formatDateTime(startsAt, language, { style: 'long', timeZone })
  const options = sessions.map((session) => ({
    value: session.id,
    text: t('documents.session.option', {
      date: when(session.startsAt),
      name: nameOf(session.psychologist.name),
    }),
  }))
  // A session no longer among the choices (cancelled since, or far back) still shows as chosen.
  const linked = document.appointment
  if (linked && !options.some((option) => option.value === linked.id)) {
    options.unshift({ value: linked.id, text: when(linked.startsAt) })
  }
  const chosen = link.isPending
    ? (link.variables ?? NONE)
    : link.isSuccess
      ? (link.data.appointment?.id ?? NONE)
      : (linked?.id ?? NONE)
  const status = link.isPending ? 'saving' : link.isSuccess ? 'saved' : null
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-ink">
        {t('documents.session.label')}
      </label>
      <select
        id={id}
        value={chosen}
        disabled={link.isPending}
        onChange={(event) => link.mutate(event.target.value || null)}
        className="min-h-11 w-full min-w-0 rounded-xl border border-line-strong bg-surface px-3 text-sm text-ink"
      >
        <option value={NONE}>{t('documents.session.none')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.text}
          </option>
        ))}
      </select>
      {/* Always there, so the change of its words is announced. */}
      <p role="status" className="text-xs text-ink-muted">
        {status && t(`documents.session.${status}`)}
      </p>
      <ProblemAlert error={link.error} look="line" />
    </div>
  )
}
