import type { ItemAnswer } from '@yektayar/shared'
import { AppError } from '../../lib/app-error.ts'
import type { InstrumentQuestions } from './instruments/instrument.ts'

/**
 * Checks answers against an instrument, in this order: an item it does not have (another
 * instrument's), an item answered twice, a value that is not one of the options, then (for a
 * submission, not a draft) an item left unanswered. Each is a 422 with its own code and the
 * offending items in `errors[]`.
 */
export function checkAnswers(
  questions: InstrumentQuestions,
  answers: readonly ItemAnswer[],
  options: { complete: boolean },
): void {
  const items = new Set(questions.items.map((item) => item.id))
  const values = new Set(questions.options.map((option) => option.value))
  const fail = (code: ConstructorParameters<typeof AppError>[0], bad: string[], what: string) => {
    throw new AppError(code, `${what}: ${bad.join(', ')}`, {
      errors: bad.map((itemId) => ({ path: `body.answers.${itemId}`, message: what })),
    })
  }
  const unknown = answers.filter((a) => !items.has(a.itemId)).map((a) => a.itemId)
  if (unknown.length > 0)
    fail('ASSESSMENT_ANSWER_UNKNOWN_ITEM', unknown, 'not an item of this assessment')
  const seen = new Set<string>()
  const duplicated = answers.filter((a) => seen.has(a.itemId) || !seen.add(a.itemId))
  if (duplicated.length > 0) {
    fail(
      'ASSESSMENT_ANSWER_DUPLICATED',
      [...new Set(duplicated.map((a) => a.itemId))],
      'answered more than once',
    )
  }
  const outOfRange = answers.filter((a) => !values.has(a.value)).map((a) => a.itemId)
  if (outOfRange.length > 0)
    fail('ASSESSMENT_ANSWER_OUT_OF_RANGE', outOfRange, 'not one of the options')
  if (!options.complete) return
  const missing = questions.items.filter((item) => !seen.has(item.id)).map((item) => item.id)
  if (missing.length > 0) fail('ASSESSMENT_ANSWERS_MISSING', missing, 'not answered')
}
