import { ErrorState, isApiError, useProblemMessage, useTranslation } from '@yektayar/ui'
import type { RotaPerson } from '../rota-draft.ts'

/** The ids a save was refused for (422 ON_CALL_NOT_RESPONDER names each in `errors`). */
export function refusedIdsOf(error: unknown): ReadonlySet<string> {
  if (!isApiError(error) || error.code !== 'ON_CALL_NOT_RESPONDER') return new Set()
  return new Set(error.errors?.map((field) => field.message))
}

/** Why the save failed, naming the people the server refused when that was the reason. */
export function SaveError({ error, people }: { error: unknown; people: readonly RotaPerson[] }) {
  const { t } = useTranslation()
  const describe = useProblemMessage()
  const refused = refusedIdsOf(error)
  const names = people
    .filter((person) => refused.has(person.id))
    .map((person) => person.name || t('onCall.unnamed'))
  const message =
    names.length > 0
      ? `${describe(error)} ${t('onCall.refused', { names: names.join(t('onCall.listSeparator')) })}`
      : describe(error)
  return <ErrorState title={t('onCall.saveFailed')} message={message} />
}
