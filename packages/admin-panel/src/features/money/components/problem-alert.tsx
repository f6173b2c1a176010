import { useProblemMessage } from '@yektayar/ui'

/** A failed change's reason from the server (its problem code, translated). */
export function ProblemAlert({ error }: { error: unknown }) {
  const problemMessage = useProblemMessage()
  if (!error) return null
  return (
    <p role="alert" className="rounded-xl bg-danger-soft p-3 font-medium text-danger">
      {problemMessage(error)}
    </p>
  )
}
