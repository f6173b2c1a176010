import { createLessonBodySchema, updateLessonBodySchema } from '@yektayar/shared'
import type { ExerciseDefinition, ExerciseKind, Lesson, LessonKind } from '@yektayar/shared/types'
import { type Language, localizeDigits } from '@yektayar/ui'
import type { SaveLessonInput } from './api/save-lesson.ts'
import { type FieldProblems, parseWholeNumber, problemsOf } from './form-errors.ts'

/** A breathing timer's settings as typed, in seconds, and its number of cycles. */
export interface BreathingValues {
  inhaleSeconds: string
  holdSeconds: string
  exhaleSeconds: string
  restSeconds: string
  cycles: string
}

/** The lesson form as typed. Lengths: minutes for reading or doing, seconds for a video. */
export interface LessonValues {
  kind: LessonKind
  title: string
  titleEn: string
  minutes: string
  seconds: string
  /** Markdown: the article, or a video's or exercise's introduction. */
  body: string
  videoFileId: string | null
  captionsFileId: string | null
  exerciseKind: ExerciseKind
  breathing: BreathingValues
  /** One per line: a thought record's emotions, or a mood check-in's factors. */
  choices: string
}

export type BreathingField = keyof BreathingValues
export type LessonField =
  | 'title'
  | 'titleEn'
  | 'minutes'
  | 'seconds'
  | 'body'
  | 'videoFileId'
  | 'captionsFileId'
  | 'choices'
  | BreathingField

type BreathingExercise = Extract<ExerciseDefinition, { kind: 'breathing' }>

/** A breathing timer's numbers as the form shows them, in the reader's digits. */
const breathingValues = (
  exercise: Omit<BreathingExercise, 'kind'>,
  language: Language,
): BreathingValues => ({
  inhaleSeconds: localizeDigits(String(exercise.inhaleSeconds), language),
  holdSeconds: localizeDigits(String(exercise.holdSeconds), language),
  exhaleSeconds: localizeDigits(String(exercise.exhaleSeconds), language),
  restSeconds: localizeDigits(String(exercise.restSeconds), language),
  cycles: localizeDigits(String(exercise.cycles), language),
})

/** A 4-4-6 rhythm, eight times: a calm default the author adjusts. */
const DEFAULT_BREATHING = {
  inhaleSeconds: 4,
  holdSeconds: 4,
  exhaleSeconds: 6,
  restSeconds: 0,
  cycles: 8,
}

export function newLessonValues(kind: LessonKind, language: Language): LessonValues {
  return {
    kind,
    title: '',
    titleEn: '',
    minutes: localizeDigits('5', language),
    seconds: '',
    body: '',
    videoFileId: null,
    captionsFileId: null,
    exerciseKind: 'breathing',
    breathing: breathingValues(DEFAULT_BREATHING, language),
    choices: '',
  }
}

export function lessonValuesOf(lesson: Lesson, language: Language): LessonValues {
  const exercise = lesson.exercise
  const digits = (value: number) => localizeDigits(String(value), language)
  return {
    ...newLessonValues(lesson.kind, language),
    title: lesson.title,
    titleEn: lesson.titleEn ?? '',
    minutes: digits(Math.max(1, Math.round(lesson.durationSeconds / 60))),
    seconds: digits(lesson.durationSeconds),
    body: lesson.body ?? '',
    videoFileId: lesson.video?.fileId ?? null,
    captionsFileId: lesson.captions?.fileId ?? null,
    exerciseKind: exercise?.kind ?? 'breathing',
    breathing: breathingValues(
      exercise?.kind === 'breathing' ? exercise : DEFAULT_BREATHING,
      language,
    ),
    choices:
      exercise?.kind === 'thought_record'
        ? exercise.emotions.join('\n')
        : exercise?.kind === 'mood_checkin'
          ? exercise.factors.join('\n')
          : '',
  }
}

const numberOf = (typed: string) => parseWholeNumber(typed) ?? Number.NaN
const linesOf = (typed: string) =>
  typed
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')

/** The exercise as the contract has it; numbers that are not numbers fail its check. */
export function exerciseOf(values: LessonValues): ExerciseDefinition {
  if (values.exerciseKind === 'breathing') {
    const b = values.breathing
    return {
      kind: 'breathing',
      inhaleSeconds: numberOf(b.inhaleSeconds),
      holdSeconds: numberOf(b.holdSeconds),
      exhaleSeconds: numberOf(b.exhaleSeconds),
      restSeconds: numberOf(b.restSeconds),
      cycles: numberOf(b.cycles),
    }
  }
  return values.exerciseKind === 'thought_record'
    ? { kind: 'thought_record', emotions: linesOf(values.choices) }
    : { kind: 'mood_checkin', factors: linesOf(values.choices) }
}

function durationSecondsOf(values: LessonValues): number {
  if (values.kind === 'video') return numberOf(values.seconds)
  return numberOf(values.minutes) * 60
}

const orNull = (text: string) => (text.trim() === '' ? null : text)

/** Every field the lesson's kind has, as the API takes them. */
function fullBodyOf(values: LessonValues) {
  const common = {
    kind: values.kind,
    title: values.title,
    titleEn: orNull(values.titleEn.trim()),
    durationSeconds: durationSecondsOf(values),
  }
  if (values.kind === 'article') return { ...common, body: values.body }
  if (values.kind === 'video') {
    return {
      ...common,
      body: orNull(values.body),
      videoFileId: values.videoFileId ?? '',
      captionsFileId: values.captionsFileId,
    }
  }
  return { ...common, body: orNull(values.body), exercise: exerciseOf(values) }
}

/** For PATCH: only what differs from the lesson as saved (its kind never changes). */
function changesOf(full: Record<string, unknown>, saved: Lesson): Record<string, unknown> {
  const before: Record<string, unknown> = {
    title: saved.title,
    titleEn: saved.titleEn,
    durationSeconds: saved.durationSeconds,
    body: saved.body,
    videoFileId: saved.video?.fileId,
    captionsFileId: saved.captions?.fileId ?? null,
    exercise: saved.exercise,
  }
  return Object.fromEntries(
    Object.entries(full).filter(
      ([key, value]) => key !== 'kind' && JSON.stringify(value) !== JSON.stringify(before[key]),
    ),
  )
}

const FIELDS: Record<string, LessonField> = {
  title: 'title',
  titleEn: 'titleEn',
  body: 'body',
  videoFileId: 'videoFileId',
  captionsFileId: 'captionsFileId',
  'exercise.inhaleSeconds': 'inhaleSeconds',
  'exercise.holdSeconds': 'holdSeconds',
  'exercise.exhaleSeconds': 'exhaleSeconds',
  'exercise.restSeconds': 'restSeconds',
  'exercise.cycles': 'cycles',
}

/**
 * The request for a new lesson (POST) or the changes to a saved one (PATCH), checked by the
 * API's own schema; `unchanged` when there is nothing to send; or the problems by each field.
 */
export function lessonBodyOf(
  values: LessonValues,
  saved: Lesson | null,
): SaveLessonInput | { unchanged: true } | { errors: FieldProblems<LessonField> } {
  const full = fullBodyOf(values)
  const fieldOf = (path: string): LessonField | undefined => {
    if (path === 'durationSeconds') return values.kind === 'video' ? 'seconds' : 'minutes'
    if (path.startsWith('exercise.emotions') || path.startsWith('exercise.factors')) {
      return 'choices'
    }
    return FIELDS[path]
  }
  // Checked whole, so a new lesson and an edited one meet the same rules.
  const whole = createLessonBodySchema.safeParse(full)
  if (!whole.success) {
    const errors = problemsOf(whole.error.issues, fieldOf)
    if (values.kind === 'video' && !values.videoFileId) errors.videoFileId = { key: 'file' }
    return { errors }
  }
  if (!saved) return { lessonId: null, body: whole.data }
  const changes = changesOf(full, saved)
  if (Object.keys(changes).length === 0) return { unchanged: true }
  const parsed = updateLessonBodySchema.safeParse(changes)
  if (!parsed.success) return { errors: problemsOf(parsed.error.issues, fieldOf) }
  return { lessonId: saved.id, body: parsed.data }
}
