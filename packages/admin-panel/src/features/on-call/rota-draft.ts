import { useState } from 'react'

export interface RotaPerson {
  id: string
  name: string
}

/** The list with the person at `index` swapped with their neighbour `delta` (−1 up, +1 down). */
function moved<T>(list: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta
  const next = [...list]
  const [here, there] = [next[index], next[target]]
  if (here === undefined || there === undefined) return next
  next[index] = there
  next[target] = here
  return next
}

const idsOf = (list: readonly RotaPerson[]) => list.map((person) => person.id).join()

/**
 * The admin's edits of the rota before they are saved: nothing reaches the server (nor changes
 * who is paged) until the whole list is saved at once, which is how the API takes it.
 */
export function useRotaDraft(saved: readonly RotaPerson[]) {
  const [draft, setDraft] = useState<RotaPerson[] | null>(null)
  const list = draft ?? saved
  return {
    list,
    changed: draft !== null && idsOf(draft) !== idsOf(saved),
    add: (person: RotaPerson) => setDraft([...list, person]),
    remove: (id: string) => setDraft(list.filter((person) => person.id !== id)),
    move: (index: number, delta: -1 | 1) => setDraft(moved(list, index, delta)),
    discard: () => setDraft(null),
  }
}
