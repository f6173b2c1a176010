import type { User } from '@yektayar/shared/types'
import { nameOf, phoneOf } from './person-text.ts'

export interface PeopleResultsProps {
  /** Tied to the search field with aria-controls. */
  id: string
  /** The list's name for screen readers, and the features' words for "nobody" and "no name". */
  texts: { label: string; none: string; unnamed: string }
  people: User[]
  onChoose: (user: User) => void
}

/** A person search's answers under its field: name and phone, each a button that picks them. */
export function PeopleResults({ id, texts, people, onChoose }: PeopleResultsProps) {
  return (
    <ul
      id={id}
      aria-label={texts.label}
      className="flex flex-col rounded-xl border border-line bg-surface shadow-sm"
    >
      {people.length === 0 && <li className="px-3 py-2 text-sm text-ink-muted">{texts.none}</li>}
      {people.map((user) => (
        <li key={user.id}>
          <button
            type="button"
            className="flex w-full justify-between gap-3 px-3 py-2 text-start hover:bg-surface-muted focus-visible:bg-surface-muted"
            onClick={() => onChoose(user)}
          >
            <span dir="auto">{nameOf(user) || texts.unnamed}</span>
            <span dir="ltr" className="text-sm text-ink-muted">
              {phoneOf(user)}
            </span>
          </button>
        </li>
      ))}
    </ul>
  )
}
