import { useTranslation } from '@yektayar/ui'

/** What the gateway said at the last verify, in words: paid, an error code's text, or as sent. */
export function useVerifyResultText(): (result: string) => string {
  const { t } = useTranslation()
  return (result) =>
    result === 'paid' || result === 'error'
      ? t(`money.payment.results.${result}`)
      : t(`errors.${result}`, { ns: 'ui', defaultValue: result })
}
