import type { Language } from '@yektayar/ui'

const LOCALES: Record<Language, string> = { fa: 'fa-IR', en: 'en-US' }

/** "وقت ایران" / "Iran Time": the zone as people name it, or its id when Intl has no name. */
export function zoneName(timeZone: string, language: Language): string {
  try {
    const parts = new Intl.DateTimeFormat(LOCALES[language], {
      timeZone,
      timeZoneName: 'longGeneric',
    }).formatToParts(new Date())
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone
  } catch {
    return timeZone
  }
}
