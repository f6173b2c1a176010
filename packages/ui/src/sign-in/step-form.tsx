import type { FormEvent, ReactNode } from 'react'
import { useProblemMessage } from '../api/problem-message.ts'
import { Button } from '../components/button.tsx'

export interface StepFormProps {
  /** Runs after the browser's own submission is stopped; the step checks and sends. */
  onSubmit: () => void
  pending: boolean
  submitLabel: string
  /** The step's fields. */
  children: ReactNode
  /** Below the submit button, the one way back or sideways ("use a code", "cancel"). */
  way?: { label: string; onClick: () => void }
  /** Below the submit button when a step has more than one way on (change number, resend). */
  after?: ReactNode
}

/**
 * The form every sign-in step is: its fields, one large submit button that spins while the
 * request runs, then the ways out. The steps check their own fields (no browser validation).
 */
export function StepForm(props: StepFormProps) {
  const { onSubmit, pending, submitLabel, children, way, after } = props
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    onSubmit()
  }
  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-5">
      {children}
      <Button type="submit" size="lg" loading={pending}>
        {submitLabel}
      </Button>
      {way && (
        <Button variant="ghost" onClick={way.onClick}>
          {way.label}
        </Button>
      )}
      {after}
    </form>
  )
}

/**
 * A step's one field error: what the step refused before sending (a missing or malformed
 * value) wins over the server's answer to the last attempt, described in the reader's words.
 */
export function useStepError(): (refused: string | null, error: unknown) => string | null {
  const describe = useProblemMessage()
  return (refused, error) => refused ?? (error ? describe(error) : null)
}
