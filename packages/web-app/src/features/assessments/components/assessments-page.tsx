import type { AssessmentListItem, PendingAssignment } from '@yektayar/shared/types'
import {
  buttonClasses,
  Card,
  EmptyState,
  ErrorState,
  formatDate,
  formatNumber,
  LoadingState,
  useLanguage,
  useTranslation,
} from '@yektayar/ui'
import { Link } from 'react-router'
import { inLanguage } from '../../../shared/assessments/bilingual.ts'
import { InstrumentTitle } from '../../../shared/assessments/instrument-title.tsx'
import { Page } from '../../../shared/page.tsx'
import { usePersonName } from '../../../shared/person-name.ts'
import { useAssessments } from '../api/assessments.ts'
import { addAssessmentsMessages } from '../assessments-messages.ts'
import { bandLabel } from './band-label.ts'

/** /assessments: what my psychologists asked for first, then every instrument. */
export function AssessmentsPage() {
  addAssessmentsMessages()
  const { t } = useTranslation()
  const list = useAssessments()
  return (
    <Page messages="assessments.list" width="max-w-3xl">
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState title={t('assessments.list.empty')} />
      ) : (
        <>
          {list.data.assignments.map((assignment) => (
            <AssignmentCard key={assignment.id} assignment={assignment} />
          ))}
          <ul className="flex flex-col gap-4">
            {list.data.items.map((item) => (
              <li key={item.id}>
                <InstrumentCard item={item} />
              </li>
            ))}
          </ul>
        </>
      )}
    </Page>
  )
}

function AssignmentCard({ assignment }: { assignment: PendingAssignment }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const nameOf = usePersonName()
  return (
    <Card className="flex flex-col gap-2 border-primary bg-primary-soft">
      <p className="text-sm font-semibold text-primary">{t('assessments.list.assigned')}</p>
      <h2 className="text-lg font-bold text-ink">
        <InstrumentTitle title={inLanguage(assignment.assessment.title, language)} />
      </h2>
      <p className="text-ink">
        {t('assessments.list.assignedBy', { name: nameOf(assignment.psychologist.name) })}
        {assignment.dueAt &&
          ` ${t('assessments.list.dueBefore', { when: formatDate(assignment.dueAt, language, { style: 'weekdayDayMonth' }) })}`}
      </p>
      {assignment.note && (
        <p dir="auto" className="text-ink-muted">
          {assignment.note}
        </p>
      )}
      <Link
        to={`/assessments/${assignment.assessment.slug}`}
        className={buttonClasses({ variant: 'primary', className: 'w-fit' })}
      >
        {t('assessments.list.start')}
      </Link>
    </Card>
  )
}

function InstrumentCard({ item }: { item: AssessmentListItem }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const n = (value: number) => formatNumber(value, language)
  const latest = item.latest
  const when = latest ? formatDate(latest.completedAt, language, { style: 'dayMonth' }) : ''
  const action =
    item.draftAnswered !== null
      ? t('assessments.list.resume', { n: n(item.draftAnswered), total: n(item.itemCount) })
      : latest
        ? t('assessments.list.again')
        : t('assessments.list.start')
  return (
    <Card className="flex flex-col gap-3">
      <h2 className="text-xl font-bold text-ink">
        <InstrumentTitle title={inLanguage(item.title, language)} />
      </h2>
      <p className="text-ink-muted">{inLanguage(item.description, language)}</p>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-ink-muted">
        <li>{t('assessments.list.items', { n: n(item.itemCount) })}</li>
        <li>{t('assessments.list.minutes', { n: n(item.minutes) })}</li>
      </ul>
      {latest && (
        <p className="text-sm text-ink">
          {latest.band
            ? t('assessments.list.latest', { band: bandLabel(latest.band, t), when })
            : t('assessments.list.latestProfile', { when })}
        </p>
      )}
      <div className="flex flex-wrap gap-3">
        <Link to={`/assessments/${item.slug}`} className={buttonClasses({ variant: 'primary' })}>
          {action}
        </Link>
        {latest && (
          <Link
            to={
              item.kind === 'screening'
                ? `/assessments/${item.slug}/history`
                : `/assessments/results/${latest.id}`
            }
            className={buttonClasses({ variant: 'secondary' })}
          >
            {t('assessments.list.history')}
          </Link>
        )}
      </div>
    </Card>
  )
}
