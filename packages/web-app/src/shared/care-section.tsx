import { Card, isApiError, LoadingState } from '@yektayar/ui'
import type { ReactNode } from 'react'

export interface CareSectionProps {
  title: string
  lead: string
  /** Said when the server answers 404: the two have no confirmed session yet. */
  notYet: string
  /** The section's first query, which tells loading and "not yet" apart. */
  query: { isPending: boolean; error: unknown }
  children: ReactNode
}

/**
 * The frame of a section on a psychologist's view of one patient (courses, questionnaires):
 * title and lead, loading, and the plain "not yet" before a confirmed session rather than a
 * failure.
 */
export function CareSection({ title, lead, notYet, query, children }: CareSectionProps) {
  const notConfirmed = isApiError(query.error) && query.error.code === 'NOT_FOUND'
  return (
    <Card className="flex flex-col gap-6">
      <header className="flex flex-col gap-1">
        <h2 className="text-xl font-bold text-ink">{title}</h2>
        <p className="text-sm text-ink-muted">{lead}</p>
      </header>
      {query.isPending ? (
        <LoadingState className="py-4" />
      ) : notConfirmed ? (
        <p className="text-ink-muted">{notYet}</p>
      ) : (
        children
      )}
    </Card>
  )
}
