import type { AssessmentRecommendation, AssessmentResult } from '@yektayar/shared/types'
import {
  buttonClasses,
  Card,
  formatDate,
  formatNumber,
  SwitchField,
  useLanguage,
  useTranslation,
} from '@yektayar/ui'
import { Link, useParams } from 'react-router'
import { inLanguage } from '../../../shared/assessments/bilingual.ts'
import { InstrumentTitle } from '../../../shared/assessments/instrument-title.tsx'
import { ProblemAlert } from '../../../shared/problem-alert.tsx'
import { QueryStates } from '../../../shared/query-states.tsx'
import { showSafetyDecision } from '../../../shared/safety/safety-decision-store.ts'
import { useResult } from '../api/result.ts'
import { useResultSharing } from '../api/result-sharing.ts'
import { addAssessmentsMessages } from '../assessments-messages.ts'

/** /assessments/results/:resultId: the score in plain words, what it is not, what next. */
export function ResultPage() {
  addAssessmentsMessages()
  const { t } = useTranslation()
  const { resultId = '' } = useParams()
  const result = useResult(resultId)
  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col gap-6 px-4 py-6 sm:py-10">
      <Link to="/assessments" className="w-fit font-medium text-primary hover:underline">
        {t('assessments.result.back')}
      </Link>
      <QueryStates query={result}>{(data) => <ResultView result={data} />}</QueryStates>
    </div>
  )
}

function ResultView({ result }: { result: AssessmentResult }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const title = inLanguage(result.assessment.title, language)
  const screening = result.assessment.kind === 'screening'
  return (
    <>
      <title>{t('assessments.result.pageTitle', { title })}</title>
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-extrabold text-ink sm:text-3xl">
          <InstrumentTitle title={title} />
        </h1>
        <p className="text-ink-muted">{formatDate(result.completedAt, language)}</p>
      </header>
      {result.flags.includes('phq9_item9') && <Item9Card />}
      {screening ? <ScreeningSummary result={result} /> : <ProfileSummary result={result} />}
      <Card className="flex flex-col gap-2 border-line bg-surface-muted">
        <h2 className="text-lg font-bold text-ink">{t('assessments.result.notMeans')}</h2>
        <p className="leading-8 text-ink">
          {screening
            ? t('assessments.result.notDiagnosis')
            : t('assessments.result.notDiagnosisProfile')}
        </p>
      </Card>
      <Recommendations items={result.recommendations} />
      {result.note && (
        <Card className="flex flex-col gap-1">
          <h2 className="text-lg font-bold text-ink">{t('assessments.result.yourNote')}</h2>
          <p dir="auto" className="whitespace-pre-line text-ink">
            {result.note}
          </p>
        </Card>
      )}
      <Sharing result={result} />
      {screening && (
        <Link
          to={`/assessments/${result.assessment.slug}/history`}
          className={buttonClasses({ variant: 'secondary', className: 'w-fit' })}
        >
          {t('assessments.result.history')}
        </Link>
      )}
    </>
  )
}

function Item9Card() {
  const { t } = useTranslation()
  return (
    <Card className="flex flex-col gap-3 border-danger bg-danger-soft">
      <p className="font-semibold leading-8 text-ink">{t('assessments.result.item9')}</p>
      <button
        type="button"
        className={buttonClasses({ variant: 'danger', className: 'w-fit' })}
        onClick={() => showSafetyDecision({ level: 'crisis', reasons: ['phq9_item9'] })}
      >
        {t('assessments.result.item9Help')}
      </button>
    </Card>
  )
}

function ScreeningSummary({ result }: { result: AssessmentResult }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const total = result.scales[0]
  const band = result.bands.find((b) => b.key === result.band)
  if (!total || !band) return null
  return (
    <Card className="flex flex-col gap-3">
      <p className="text-3xl font-extrabold text-ink">
        {t('assessments.result.score', {
          score: formatNumber(total.score, language),
          max: formatNumber(total.max, language),
        })}
      </p>
      <p className="text-lg font-bold text-primary">
        {t('assessments.result.band', { band: inLanguage(band.label, language) })}
      </p>
      <BandScale result={result} />
      <h2 className="text-lg font-bold text-ink">{t('assessments.result.means')}</h2>
      <p className="leading-8 text-ink">{inLanguage(band.meaning, language)}</p>
    </Card>
  )
}

/** The bands side by side with mine marked: where the score sits in the whole range. */
function BandScale({ result }: { result: AssessmentResult }) {
  const language = useLanguage()
  return (
    <ol className="flex gap-1" aria-hidden="true">
      {result.bands.map((band) => (
        <li
          key={band.key}
          style={{ flexGrow: band.max - band.min + 1 }}
          className={
            band.key === result.band
              ? 'rounded-md bg-primary px-1 py-1 text-center text-xs font-bold text-on-primary'
              : 'rounded-md bg-surface-muted px-1 py-1 text-center text-xs text-ink-muted'
          }
        >
          {formatNumber(band.min, language)}–{formatNumber(band.max, language)}
        </li>
      ))}
    </ol>
  )
}

function ProfileSummary({ result }: { result: AssessmentResult }) {
  const { t } = useTranslation()
  const language = useLanguage()
  return (
    <Card className="flex flex-col gap-4">
      {result.personalityType && (
        <p className="text-lg font-bold leading-8 text-ink">
          {t('assessments.result.profile', { label: inLanguage(result.personalityType, language) })}
        </p>
      )}
      <h2 className="text-lg font-bold text-ink">{t('assessments.result.traits')}</h2>
      <ul className="flex flex-col gap-3">
        {result.scales.map((scale) => (
          <li key={scale.key} className="flex flex-col gap-1">
            <div className="flex justify-between gap-3">
              <span className="font-semibold text-ink">{inLanguage(scale.label, language)}</span>
              <span className="text-ink-muted">
                {scale.level ? t(`assessments.result.levels.${scale.level}`) : ''} ·{' '}
                {formatNumber(scale.score, language)}/{formatNumber(scale.max, language)}
              </span>
            </div>
            <div className="h-2 overflow-hidden rounded-full bg-surface-muted" aria-hidden="true">
              <div
                className="h-full rounded-full bg-primary"
                style={{ width: `${((scale.score - scale.min) / (scale.max - scale.min)) * 100}%` }}
              />
            </div>
          </li>
        ))}
      </ul>
    </Card>
  )
}

function Recommendations({ items }: { items: AssessmentRecommendation[] }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const text = (item: AssessmentRecommendation) => {
    if (item.kind === 'course' && item.title) {
      return t('assessments.result.recommendation.course', {
        title: inLanguage(item.title, language),
      })
    }
    if (item.kind === 'exercise') return t(`assessments.result.recommendation.exercise.${item.key}`)
    return t(`assessments.result.recommendation.${item.kind}`)
  }
  return (
    <section className="flex flex-col gap-3" aria-labelledby="recommendations">
      <h2 id="recommendations" className="text-lg font-bold text-ink">
        {t('assessments.result.next')}
      </h2>
      {items.length === 0 ? (
        <p className="text-ink-muted">{t('assessments.result.noNext')}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {items.map((item) => (
            <li key={`${item.kind}:${item.key}`}>
              {item.link.startsWith('/') ? (
                <Link
                  to={item.link}
                  className="font-semibold text-primary underline-offset-4 hover:underline"
                >
                  {text(item)}
                </Link>
              ) : (
                <a
                  href={item.link}
                  className="font-semibold text-danger underline-offset-4 hover:underline"
                >
                  {text(item)}
                </a>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

function Sharing({ result }: { result: AssessmentResult }) {
  const { t } = useTranslation()
  const sharing = useResultSharing(result.id)
  return (
    <Card className="flex flex-col gap-2 p-4">
      <SwitchField
        label={t('assessments.result.share')}
        hint={t('assessments.result.shareHint')}
        checked={result.sharedWithPsychologist}
        disabled={sharing.isPending}
        onChange={(shared) => sharing.mutate(shared)}
      />
      <ProblemAlert error={sharing.error} look="line" />
    </Card>
  )
}
