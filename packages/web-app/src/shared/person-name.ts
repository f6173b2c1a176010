import type { AppointmentView } from '@yektayar/shared/types'
import { type Language, useLanguage, useTranslation } from '@yektayar/ui'

/** A name in the reader's language; the Persian one when no English one was given. */
export function nameIn(name: { fa: string; en: string }, language: Language): string {
  return (language === 'en' ? name.en : name.fa) || name.fa || name.en
}

/** Names as the API gives them; someone who has not filled in a name yet is still someone. */
export function usePersonName(): (name: { fa: string; en: string }) => string {
  const { t } = useTranslation()
  const language = useLanguage()
  return (name) => nameIn(name, language) || t('common.unnamed')
}

/** The other side: patients see their psychologist, psychologists their patient. */
export function otherPerson(appointment: AppointmentView, viewerId: string | undefined) {
  return appointment.psychologist.id === viewerId ? appointment.patient : appointment.psychologist
}
