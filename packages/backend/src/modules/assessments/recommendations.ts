import type { AssessmentRecommendation } from '@yektayar/shared'
import type { CourseSuggestion } from '../learning/course-suggestion.service.ts'
import type { Scored } from './scoring/score.ts'

/** What a score points to: course topics (tags), a directory specialty, a self-help exercise. */
interface Pointers {
  tags: string[]
  specialty: string | null
  exercise: string | null
  talk: boolean
}

const SEVERITY = ['minimal', 'mild', 'moderate', 'moderately_severe', 'severe']
const atLeast = (band: string | null, floor: string) =>
  band !== null && SEVERITY.indexOf(band) >= SEVERITY.indexOf(floor)

/**
 * The topics a result points to. Screening: from mild up, courses on the topic and a self-help
 * exercise; from moderate up, psychologists of the matching specialty and "talk to your
 * psychologist". Personality: a low emotional-stability level points to stress courses.
 */
export function pointersOf(slug: string, scored: Scored): Pointers {
  if (slug === 'phq-9') {
    return {
      tags: atLeast(scored.band, 'mild') ? ['mood', 'cbt', 'sleep'] : [],
      specialty: atLeast(scored.band, 'moderate') ? 'depression' : null,
      exercise: atLeast(scored.band, 'mild') ? 'behavioural_activation' : null,
      talk: atLeast(scored.band, 'moderate') || scored.flags.length > 0,
    }
  }
  if (slug === 'gad-7') {
    return {
      tags: atLeast(scored.band, 'mild') ? ['anxiety', 'worry', 'breathing'] : [],
      specialty: atLeast(scored.band, 'moderate') ? 'anxiety' : null,
      exercise: atLeast(scored.band, 'mild') ? 'breathing' : null,
      talk: atLeast(scored.band, 'moderate'),
    }
  }
  const unsteady = scored.scales.some((s) => s.key === 'emotional_stability' && s.level === 'low')
  return {
    tags: unsteady ? ['stress', 'breathing'] : [],
    specialty: null,
    exercise: unsteady ? 'breathing' : null,
    talk: false,
  }
}

/** The links stored with a result, most urgent first; the web app words each by kind and key. */
export function recommendationsOf(
  pointers: Pointers,
  flags: readonly string[],
  courses: readonly CourseSuggestion[],
): AssessmentRecommendation[] {
  const out: AssessmentRecommendation[] = []
  if (flags.includes('phq9_item9')) {
    out.push({ kind: 'crisis_support', key: 'crisis', link: 'tel:123', title: null })
  }
  if (pointers.talk) {
    out.push({ kind: 'talk_to_psychologist', key: 'talk', link: '/messages', title: null })
  }
  if (pointers.specialty) {
    const link = `/psychologists?specialty=${pointers.specialty}`
    out.push({ kind: 'psychologists', key: pointers.specialty, link, title: null })
  }
  for (const course of courses) {
    out.push({
      kind: 'course',
      key: course.id,
      link: `/courses/${course.id}`,
      title: { fa: course.title, en: course.titleEn ?? course.title },
    })
  }
  if (pointers.exercise) {
    const link =
      pointers.exercise === 'breathing' ? '/courses?tags=breathing' : '/courses?tags=mood'
    out.push({ kind: 'exercise', key: pointers.exercise, link, title: null })
  }
  return out
}
