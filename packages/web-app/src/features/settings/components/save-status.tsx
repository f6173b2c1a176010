import { useProblemMessage, useTranslation } from '@yektayar/ui'

export interface SaveStatusProps {
  error: unknown
  saved: boolean
  savedText?: string
}

/** The line after a save: the failure in the reader's language, or a quiet "Saved". */
export function SaveStatus({ error, saved, savedText }: SaveStatusProps) {
  const { t } = useTranslation()
  const describe = useProblemMessage()
  if (error) {
    return (
      <p
        role="alert"
        className="rounded-xl bg-danger-soft px-4 py-3 text-sm font-medium text-danger"
      >
        {describe(error)}
      </p>
    )
  }
  return (
    <p role="status" className="min-h-5 text-sm font-medium text-success">
      {saved ? (savedText ?? t('settings.saved')) : ''}
    </p>
  )
}
