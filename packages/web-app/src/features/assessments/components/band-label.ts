import type { useTranslation } from '@yektayar/ui'

/** A band's name from its stable key (the result page has the instrument's own words too). */
export function bandLabel(key: string, t: ReturnType<typeof useTranslation>['t']): string {
  return t(`assessments.bands.${key}`, { defaultValue: key })
}
