import type { ExerciseAnswerContent, ExerciseDefinition } from '@yektayar/shared/types'
import { Button, cx, formatNumber, useLanguage, useTranslation } from '@yektayar/ui'
import { type ReactNode, useState } from 'react'
import { type BreathingPhase, useBreathingTimer } from './breathing-timer.ts'
import { RatingScale } from './rating-scale.tsx'
import { useReducedMotion } from './use-reduced-motion.ts'

type Breathing = Extract<ExerciseDefinition, { kind: 'breathing' }>

// The circle grows on the in-breath, stays full while holding, shrinks on the out-breath.
const SCALES: Record<BreathingPhase, string> = {
  inhale: 'scale-100',
  hold: 'scale-100',
  exhale: 'scale-50',
  rest: 'scale-50',
}

export interface BreathingExerciseProps {
  exercise: Breathing
  save: (answer: ExerciseAnswerContent) => void
  /** The share switch and the save button (which calls `onSave`), once the breathing ended. */
  footer: (onSave?: () => void) => ReactNode
}

/**
 * A paced breathing timer. Each phase is said in words and counted in seconds, and the change
 * of phase is announced to screen readers; with reduced motion the circle stays still.
 */
export function BreathingExercise({ exercise, save, footer }: BreathingExerciseProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const timer = useBreathingTimer(exercise)
  const reduced = useReducedMotion()
  const [calmBefore, setCalmBefore] = useState<number | null>(null)
  const [calmAfter, setCalmAfter] = useState<number | null>(null)
  const n = (value: number) => formatNumber(value, language)
  const phase = t(`courses.breathing.phases.${timer.step.phase}`)
  const active = timer.status === 'running' || timer.status === 'paused'

  return (
    <section aria-labelledby="breathing-title" className="flex flex-col gap-5">
      <h2 id="breathing-title" className="text-xl font-bold text-ink">
        {t('courses.breathing.title')}
      </h2>
      <p className="text-ink-muted">
        {t('courses.breathing.pattern', {
          inhale: n(exercise.inhaleSeconds),
          hold: n(exercise.holdSeconds),
          exhale: n(exercise.exhaleSeconds),
          rest: n(exercise.restSeconds),
          cycles: n(exercise.cycles),
        })}
      </p>
      {timer.status === 'idle' && (
        <RatingScale
          label={t('courses.breathing.calmBefore')}
          value={calmBefore}
          onChange={setCalmBefore}
        />
      )}
      <div className="flex flex-col items-center gap-4 rounded-2xl bg-primary-soft/50 p-6">
        <div aria-hidden="true" className="flex size-48 items-center justify-center">
          <div
            className={cx(
              'flex size-48 items-center justify-center rounded-full bg-primary/20 ring-4 ring-primary/40',
              reduced
                ? 'scale-75'
                : cx(SCALES[timer.step.phase], 'transition-transform ease-in-out'),
              !active && 'scale-75',
            )}
            style={
              reduced || !active ? undefined : { transitionDuration: `${timer.step.seconds}s` }
            }
          >
            <span className="text-5xl font-extrabold text-primary">
              {active ? n(timer.remaining) : ''}
            </span>
          </div>
        </div>
        {/* Phase changes only: a voice counting every second would drown the breathing. */}
        <p aria-live="assertive" className="min-h-8 text-2xl font-bold text-ink">
          {active && t('courses.breathing.cue', { phase, seconds: n(timer.step.seconds) })}
        </p>
        <p className="min-h-6 text-ink-muted">
          {active && t('courses.breathing.cycle', { n: n(timer.cycle), total: n(exercise.cycles) })}
        </p>
        {reduced && (
          <p className="text-sm text-ink-muted">{t('courses.breathing.reducedMotion')}</p>
        )}
        <div className="flex flex-wrap justify-center gap-3">
          {timer.status === 'idle' || timer.status === 'finished' ? (
            <Button size="lg" onClick={timer.start}>
              {t('courses.breathing.start')}
            </Button>
          ) : (
            <>
              {timer.status === 'running' ? (
                <Button size="lg" variant="secondary" onClick={timer.pause}>
                  {t('courses.breathing.pause')}
                </Button>
              ) : (
                <Button size="lg" onClick={timer.resume}>
                  {t('courses.breathing.resume')}
                </Button>
              )}
              <Button size="lg" variant="ghost" onClick={timer.stop}>
                {t('courses.breathing.stop')}
              </Button>
            </>
          )}
        </div>
      </div>
      {timer.status === 'finished' && (
        <div className="flex flex-col gap-4">
          <p role="status" className="font-semibold text-success">
            {t('courses.breathing.finished', { n: n(timer.cyclesCompleted) })}
          </p>
          <RatingScale
            label={t('courses.breathing.calmAfter')}
            value={calmAfter}
            onChange={setCalmAfter}
          />
        </div>
      )}
      {timer.status === 'finished' &&
        footer(() =>
          save({
            kind: 'breathing',
            cyclesCompleted: timer.cyclesCompleted,
            ...(calmBefore === null ? {} : { calmBefore }),
            ...(calmAfter === null ? {} : { calmAfter }),
          }),
        )}
    </section>
  )
}
