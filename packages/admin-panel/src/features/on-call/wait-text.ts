import { formatNumber, useLanguage, useTranslation } from '@yektayar/ui'

/** A wait in the reader's words: whole minutes as minutes, anything else as seconds. */
export function useWaitText(): (seconds: number) => string {
  const { t } = useTranslation()
  const language = useLanguage()
  return (seconds) => {
    const minutes = seconds % 60 === 0
    const count = minutes ? seconds / 60 : seconds
    return t(minutes ? 'onCall.wait.minutes' : 'onCall.wait.seconds', {
      count,
      n: formatNumber(count, language),
    })
  }
}
