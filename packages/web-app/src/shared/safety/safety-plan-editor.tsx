import {
  SAFETY_PLAN_SECTIONS,
  type SafetyPlan,
  type SafetyPlanSection,
  type SafetyPlanSections,
} from '@yektayar/shared/types'
import {
  Button,
  CrossIcon,
  DateTimeText,
  formatNumber,
  Notice,
  useLanguage,
  useTranslation,
} from '@yektayar/ui'
import { useId, useState } from 'react'
import { ProblemAlert } from '../problem-alert.tsx'
import { useSaveSafetyPlan } from './safety-api.ts'

const MAX_ITEMS = 15
const MAX_LENGTH = 300

export interface SafetyPlanEditorProps {
  plan: SafetyPlan
  /** A psychologist editing their patient's plan; the patient's own plan without it. */
  patientId?: string
}

/**
 * The Stanley–Brown plan, section by section: items added and removed locally, then saved
 * whole (PUT), so a half-edited plan is never what the patient finds in a hard moment.
 */
export function SafetyPlanEditor({ plan, patientId }: SafetyPlanEditorProps) {
  const { t } = useTranslation()
  const save = useSaveSafetyPlan(patientId)
  const [draft, setDraft] = useState<SafetyPlanSections>(plan.sections)
  const [saved, setSaved] = useState(false)
  const dirty = JSON.stringify(draft) !== JSON.stringify(plan.sections)
  const change = (section: SafetyPlanSection, items: string[]) => {
    setSaved(false)
    setDraft({ ...draft, [section]: items })
  }
  return (
    <div className="flex flex-col gap-4">
      {plan.updatedAt && <LastChange updatedAt={plan.updatedAt} by={plan.updatedBy?.name} />}
      <ol className="flex flex-col gap-4">
        {SAFETY_PLAN_SECTIONS.map((section, index) => (
          <li key={section}>
            <PlanSection
              section={section}
              step={index + 1}
              items={draft[section]}
              onChange={(items) => change(section, items)}
            />
          </li>
        ))}
      </ol>
      <div className="sticky bottom-2 flex flex-col gap-2 rounded-2xl border border-line bg-surface p-3 shadow-md sm:flex-row sm:items-center sm:justify-between">
        <p role="status" className="text-sm text-ink-muted">
          {dirty ? t('safety.plan.unsaved') : ''}
        </p>
        <Button
          needsConnection
          loading={save.isPending}
          disabled={!dirty}
          onClick={() => save.mutate(draft, { onSuccess: () => setSaved(true) })}
        >
          {t('safety.plan.save')}
        </Button>
      </div>
      {saved && !dirty && (
        <Notice tone="success" onDismiss={() => setSaved(false)}>
          {t('safety.plan.saved')}
        </Notice>
      )}
      <ProblemAlert error={save.error} />
    </div>
  )
}

function LastChange({ updatedAt, by }: { updatedAt: string; by: string | undefined }) {
  const { t } = useTranslation()
  return (
    <p className="text-sm text-ink-muted">
      {t('safety.plan.updated')} <DateTimeText value={updatedAt} style="long" />
      {by && ` ${t('safety.plan.updatedBy', { name: by })}`}
    </p>
  )
}

function PlanSection(props: {
  section: SafetyPlanSection
  step: number
  items: string[]
  onChange: (items: string[]) => void
}) {
  const { section, step, items, onChange } = props
  const { t } = useTranslation()
  const language = useLanguage()
  const inputId = useId()
  const [text, setText] = useState('')
  const title = t(`safety.plan.sections.${section}.title`)
  const full = items.length >= MAX_ITEMS
  const add = () => {
    const item = text.trim()
    if (!item || full) return
    onChange([...items, item])
    setText('')
  }
  return (
    <section
      aria-labelledby={`${inputId}-title`}
      className="flex flex-col gap-3 rounded-2xl border border-line bg-surface p-4"
    >
      <header className="flex flex-col gap-1">
        <h2
          id={`${inputId}-title`}
          className="flex items-baseline gap-2 text-lg font-bold text-ink"
        >
          <span aria-hidden="true" className="text-primary">
            {formatNumber(step, language)}
          </span>
          {title}
        </h2>
        <p className="text-sm text-ink-muted">{t(`safety.plan.sections.${section}.hint`)}</p>
      </header>
      {items.length === 0 ? (
        <p className="text-sm text-ink-muted">{t('safety.plan.empty')}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {items.map((item, index) => (
            <li
              // biome-ignore lint/suspicious/noArrayIndexKey: items may repeat; their place is their identity until the plan is saved.
              key={index}
              className="flex items-center justify-between gap-2 rounded-xl bg-surface-muted px-3 py-2"
            >
              <span dir="auto" className="min-w-0 break-words text-ink">
                {item}
              </span>
              <button
                type="button"
                aria-label={t('safety.plan.remove', { item })}
                onClick={() => onChange(items.filter((_, at) => at !== index))}
                className="inline-flex size-11 shrink-0 items-center justify-center rounded-full text-ink-muted hover:bg-surface hover:text-danger"
              >
                <CrossIcon className="size-4" />
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="flex gap-2"
        onSubmit={(event) => {
          event.preventDefault()
          add()
        }}
      >
        <label htmlFor={inputId} className="sr-only">
          {t('safety.plan.addTo', { section: title })}
        </label>
        <input
          id={inputId}
          value={text}
          maxLength={MAX_LENGTH}
          disabled={full}
          dir="auto"
          onChange={(event) => setText(event.target.value)}
          className="min-h-11 min-w-0 flex-1 rounded-xl border border-line-strong bg-surface px-3 text-ink placeholder:text-ink-muted"
        />
        <Button type="submit" variant="secondary" disabled={full || !text.trim()}>
          {t('safety.plan.add')}
        </Button>
      </form>
      {full && <p className="text-sm text-ink-muted">{t('safety.plan.full')}</p>}
    </section>
  )
}
