import {
  type AnnouncementAudience,
  type CreateAnnouncementBody,
  createAnnouncementBodySchema,
} from '@yektayar/shared'
import { wallTimeToInstant } from './send-time.ts'

/** What the composer holds while it is being written. */
export interface ComposerValues {
  audience: AnnouncementAudience
  titleFa: string
  titleEn: string
  bodyFa: string
  bodyEn: string
  when: 'now' | 'later'
  /** The datetime-local input's wall time, read in the staff member's zone. */
  sendAt: string
}

export type ComposerField = Exclude<keyof ComposerValues, 'audience' | 'when'>

/** An error as a message key under composer.errors and its values. */
export interface ComposerError {
  key: 'required' | 'tooLong' | 'sendAtMissing' | 'sendAtPast'
  max?: number
}

export type ComposerErrors = Partial<Record<ComposerField, ComposerError>>

export const EMPTY_COMPOSER: ComposerValues = {
  audience: 'everyone',
  titleFa: '',
  titleEn: '',
  bodyFa: '',
  bodyEn: '',
  when: 'now',
  sendAt: '',
}

const FIELD_OF: Record<string, ComposerField> = {
  'title.fa': 'titleFa',
  'title.en': 'titleEn',
  'body.fa': 'bodyFa',
  'body.en': 'bodyEn',
}

/**
 * The request body, checked by the API's own schema, or the errors to show beside each field.
 * A send time must be in the future, as the server also insists.
 */
export function composeAnnouncement(
  values: ComposerValues,
  zone: string,
  now: number,
): { body: CreateAnnouncementBody } | { errors: ComposerErrors } {
  const errors: ComposerErrors = {}
  let sendAt: string | undefined
  if (values.when === 'later') {
    const instant = wallTimeToInstant(values.sendAt, zone)
    if (!instant) errors.sendAt = { key: 'sendAtMissing' }
    else if (instant.getTime() <= now) errors.sendAt = { key: 'sendAtPast' }
    else sendAt = instant.toISOString()
  }
  const parsed = createAnnouncementBodySchema.safeParse({
    audience: values.audience,
    title: { fa: values.titleFa, en: values.titleEn },
    body: { fa: values.bodyFa, en: values.bodyEn },
    ...(sendAt ? { sendAt } : {}),
  })
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = FIELD_OF[issue.path.join('.')]
      if (!field || errors[field]) continue
      errors[field] =
        issue.code === 'too_big'
          ? { key: 'tooLong', max: Number(issue.maximum) }
          : { key: 'required' }
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { errors }
  return { body: parsed.data }
}
