import { useLanguage } from '@yektayar/ui'

/** A course's or lesson's title in the reader's language, Persian when there is no English. */
export function useTitleOf() {
  const language = useLanguage()
  return (item: { title: string; titleEn: string | null }) =>
    language === 'en' && item.titleEn ? item.titleEn : item.title
}
