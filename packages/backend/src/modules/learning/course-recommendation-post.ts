import type { AuthContext } from '../../lib/auth-context.ts'
import { postToDirectThread } from '../messaging/message-post.service.ts'
import { findRecipient } from '../users/recipient.service.ts'
import type { LearningDeps } from './learning-deps.ts'

export interface SavedRecommendation {
  id: string
  patientId: string
  course: { id: string; title: string; titleEn: string | null }
  note: string | null
}

/** The sentence in the patient's language, then the psychologist's note as they wrote it. */
function textOf(recommendation: SavedRecommendation, locale: 'fa' | 'en'): string {
  const { course, note } = recommendation
  const sentence =
    locale === 'en'
      ? `I recommend the course “${course.titleEn || course.title}” to you.`
      : `دورهٔ «${course.title}» را به شما پیشنهاد می‌کنم.`
  return note ? `${sentence}\n\n${note}` : sentence
}

/**
 * Posts the recommendation, from the psychologist, in their thread with the patient, after the
 * recommendation committed. Once per recommendation (its id is the message's client id): a
 * repeated recommendation posts nothing more, and one whose post failed is posted when it is
 * made again. A failed post is logged and does not undo the recommendation, which the
 * patient's dashboard shows either way.
 */
export async function postRecommendation(
  deps: LearningDeps,
  auth: AuthContext,
  recommendation: SavedRecommendation,
): Promise<void> {
  const { patientId, course } = recommendation
  try {
    const locale = (await findRecipient(deps.db, patientId))?.locale ?? 'fa'
    await postToDirectThread(
      deps.messaging,
      auth,
      { patientId, psychologistId: auth.userId },
      {
        content: textOf(recommendation, locale),
        clientId: `course-recommendation:${recommendation.id}`,
        metadata: {
          courseRecommendation: { courseId: course.id, recommendationId: recommendation.id },
        },
      },
    )
  } catch (error) {
    deps.messaging.log.error(
      { err: error, recommendationId: recommendation.id },
      'course recommendation not posted in the thread',
    )
  }
}
