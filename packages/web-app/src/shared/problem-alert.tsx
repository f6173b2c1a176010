import { cx, useProblemMessage } from '@yektayar/ui'

const LOOKS = {
  /** A tinted box, for a failure that stops a whole form or panel. */
  box: 'rounded-xl bg-danger-soft p-3 font-medium',
  /** A line of red text, for a failure beside a small control. */
  line: 'text-sm font-medium',
}

export interface ProblemAlertProps {
  /** The failed request's error; nothing is shown while there is none. */
  error: unknown
  look?: keyof typeof LOOKS
}

/** Says, in the reader's language, why the last request failed; announced as it appears. */
export function ProblemAlert({ error, look = 'box' }: ProblemAlertProps) {
  const describe = useProblemMessage()
  if (error === null || error === undefined) return null
  return (
    <p role="alert" className={cx(LOOKS[look], 'text-danger')}>
      {describe(error)}
    </p>
  )
}
