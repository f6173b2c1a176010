import type { ReactNode } from 'react'

export interface Fact {
  label: string
  value: ReactNode
  /** `ltr` for ids, references and card numbers. */
  dir?: 'ltr'
}

/** A record's facts as a description list, two columns from tablet width up. */
export function Facts({ facts }: { facts: Fact[] }) {
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
      {facts.map((fact) => (
        <div key={fact.label} className="flex flex-col gap-0.5">
          <dt className="text-sm text-ink-muted">{fact.label}</dt>
          <dd className="break-words text-ink">
            {/* An id reads left to right yet stays at the column's start in either direction. */}
            {fact.dir ? <span dir={fact.dir}>{fact.value}</span> : fact.value}
          </dd>
        </div>
      ))}
    </dl>
  )
}
