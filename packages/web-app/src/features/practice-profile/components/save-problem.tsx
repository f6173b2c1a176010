import { isApiError, useProblemMessage, useTranslation } from '@yektayar/ui'

/** Problems whose general sentence would not tell a psychologist what to do here. */
const OWN_TEXTS: Record<string, string> = {
  NOT_FOUND: 'practiceProfile.save.problems.NOT_FOUND',
  FORBIDDEN: 'practiceProfile.save.problems.FORBIDDEN',
}

/** Why the last save failed, in the reader's language; announced as it appears. */
export function SaveProblem({ error }: { error: unknown }) {
  const { t } = useTranslation()
  const describe = useProblemMessage()
  if (error === null || error === undefined) return null
  const own = isApiError(error) ? OWN_TEXTS[error.code] : undefined
  return (
    <p role="alert" className="rounded-xl bg-danger-soft p-3 text-sm font-medium text-danger">
      {own ? t(own) : describe(error)}
    </p>
  )
}
