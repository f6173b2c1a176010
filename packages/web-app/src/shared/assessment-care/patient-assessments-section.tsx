import type { AssignmentRecurrence, SharedResult } from '@yektayar/shared/types'
import {
  Button,
  formatDate,
  formatNumber,
  LoadingState,
  Notice,
  SelectField,
  TextAreaField,
  useLanguage,
  useTranslation,
} from '@yektayar/ui'
import { lazy, Suspense, useState } from 'react'
import { inLanguage } from '../assessments/bilingual.ts'
import { CareSection } from '../care-section.tsx'
import { ProblemAlert } from '../problem-alert.tsx'
import {
  useAssign,
  useAssignments,
  useInstruments,
  usePatientTrends,
  useSharedResults,
  useWithdrawAssignment,
} from './assessment-care-api.ts'
import { addAssessmentCareMessages } from './assessment-care-messages.ts'

// The chart library loads once there is a trend to draw, not with the section.
const TrendChart = lazy(() =>
  import('../assessments/trend-chart.tsx').then((module) => ({ default: module.TrendChart })),
)

/**
 * A patient's questionnaires for their psychologist, on a session's page: ask for one (once or
 * before every session), and see the results and trends the patient shares. Until the two have
 * a confirmed session the server answers 404, which is said plainly.
 */
export function PatientAssessmentsSection({ patientId }: { patientId: string }) {
  addAssessmentCareMessages()
  const { t } = useTranslation()
  const assignments = useAssignments(patientId)
  return (
    <CareSection
      title={t('assessmentCare.title')}
      lead={t('assessmentCare.lead')}
      notYet={t('assessmentCare.notYet')}
      query={assignments}
    >
      <Trends patientId={patientId} />
      <LatestResults patientId={patientId} />
      <AssignForm patientId={patientId} />
      <Assignments patientId={patientId} />
    </CareSection>
  )
}

function AssignForm({ patientId }: { patientId: string }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const instruments = useInstruments()
  const assign = useAssign(patientId)
  const [assessmentId, setAssessmentId] = useState('')
  const [recurrence, setRecurrence] = useState<AssignmentRecurrence>('once')
  const [note, setNote] = useState('')
  const items = instruments.data?.items ?? []
  const chosen = assessmentId || items[0]?.id || ''
  return (
    <form
      noValidate
      aria-labelledby="assign-assessment"
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault()
        if (!chosen) return
        const trimmed = note.trim()
        assign.mutate(
          { assessmentId: chosen, recurrence, ...(trimmed ? { note: trimmed } : {}) },
          { onSuccess: () => setNote('') },
        )
      }}
    >
      <h3 id="assign-assessment" className="font-bold text-ink">
        {t('assessmentCare.assign.heading')}
      </h3>
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          label={t('assessmentCare.assign.instrument')}
          value={chosen}
          onChange={(event) => setAssessmentId(event.target.value)}
          options={items.map((item) => [item.id, inLanguage(item.title, language)] as const)}
        />
        <SelectField
          label={t('assessmentCare.assign.recurrence')}
          value={recurrence}
          onChange={(event) => setRecurrence(event.target.value as AssignmentRecurrence)}
          options={(['once', 'every_session'] as const).map(
            (key) => [key, t(`assessmentCare.assign.${key}`)] as const,
          )}
        />
      </div>
      <TextAreaField
        label={t('assessmentCare.assign.note')}
        value={note}
        maxLength={500}
        rows={2}
        dir="auto"
        onChange={(event) => setNote(event.target.value)}
      />
      <ProblemAlert error={assign.error} />
      {assign.isSuccess && <Notice tone="success">{t('assessmentCare.assign.done')}</Notice>}
      <Button type="submit" loading={assign.isPending} disabled={!chosen} className="w-fit">
        {t('assessmentCare.assign.submit')}
      </Button>
    </form>
  )
}

function Assignments({ patientId }: { patientId: string }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const assignments = useAssignments(patientId)
  const withdraw = useWithdrawAssignment(patientId)
  const items = assignments.data?.items ?? []
  return (
    <section aria-labelledby="my-assignments" className="flex flex-col gap-2">
      <h3 id="my-assignments" className="font-bold text-ink">
        {t('assessmentCare.assignments.heading')}
      </h3>
      {items.length === 0 ? (
        <p className="text-ink-muted">{t('assessmentCare.assignments.empty')}</p>
      ) : (
        <ul className="flex flex-col divide-y divide-line">
          {items.map((item) => (
            <li key={item.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span className="text-ink">
                {inLanguage(item.assessment.title, language)} ·{' '}
                {t(`assessmentCare.assign.${item.recurrence}`)} ·{' '}
                {item.completedAt
                  ? t('assessmentCare.assignments.answered')
                  : item.pending
                    ? t('assessmentCare.assignments.pending')
                    : ''}
              </span>
              {!item.completedAt && (
                <Button
                  type="button"
                  variant="ghost"
                  onClick={() => withdraw.mutate(item.id)}
                  disabled={withdraw.isPending}
                >
                  {t('assessmentCare.assignments.withdraw')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      <ProblemAlert error={withdraw.error} look="line" />
    </section>
  )
}

function Trends({ patientId }: { patientId: string }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const trends = usePatientTrends(patientId)
  if (trends.isPending) return <LoadingState className="py-4" />
  if (trends.isError) return <ProblemAlert error={trends.error} />
  const series = trends.data.series.filter((s) => s.points.length > 0)
  return (
    <section aria-labelledby="assessment-trends" className="flex flex-col gap-3">
      <h3 id="assessment-trends" className="font-bold text-ink">
        {t('assessmentCare.trends.heading')}
      </h3>
      {series.length === 0 ? (
        <p className="text-ink-muted">{t('assessmentCare.trends.empty')}</p>
      ) : (
        series.map((one) => {
          const title = inLanguage(one.assessment.title, language)
          return (
            <div key={one.assessment.id} className="flex flex-col gap-1">
              <p className="text-sm font-semibold text-ink">{title}</p>
              <Suspense fallback={<LoadingState className="h-64" />}>
                <TrendChart
                  label={t('assessmentCare.trends.chart', { title })}
                  points={one.points}
                  min={one.min}
                  max={one.max}
                  bands={one.bands}
                />
              </Suspense>
            </div>
          )
        })
      )}
    </section>
  )
}

function LatestResults({ patientId }: { patientId: string }) {
  const { t } = useTranslation()
  const results = useSharedResults(patientId)
  if (results.isPending || results.isError || results.data.items.length === 0) return null
  return (
    <section aria-labelledby="latest-results" className="flex flex-col gap-2">
      <h3 id="latest-results" className="font-bold text-ink">
        {t('assessmentCare.results.heading')}
      </h3>
      <ul className="flex flex-col divide-y divide-line">
        {results.data.items.map((result) => (
          <SharedResultRow key={result.id} result={result} />
        ))}
      </ul>
    </section>
  )
}

function SharedResultRow({ result }: { result: SharedResult }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const band = result.bands.find((b) => b.key === result.band)
  const total = result.scales[0]
  return (
    <li className="flex flex-col gap-0.5 py-2">
      <span className="font-semibold text-ink">
        {inLanguage(result.assessment.title, language)} ·{' '}
        {formatDate(result.completedAt, language, { style: 'dayMonth' })}
      </span>
      <span className="text-ink">
        {band && total
          ? `${t('assessmentCare.results.score', {
              score: formatNumber(total.score, language),
              max: formatNumber(total.max, language),
            })} · ${inLanguage(band.label, language)}`
          : result.personalityType
            ? `${t('assessmentCare.results.profile')}: ${inLanguage(result.personalityType, language)}`
            : ''}
      </span>
      {result.flags.includes('phq9_item9') && (
        <span className="w-fit rounded-md bg-danger-soft px-2 text-sm font-bold text-danger">
          {t('assessmentCare.results.item9')}
        </span>
      )}
      {result.note && (
        <span dir="auto" className="text-sm text-ink-muted">
          {result.note}
        </span>
      )}
    </li>
  )
}
