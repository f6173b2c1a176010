import { Button, formatNumber, Icon, useLanguage, useTranslation } from '@yektayar/ui'
import { useEffect, useRef, useState } from 'react'
import type { RotaPerson } from '../rota-draft.ts'
import { useWaitText } from '../wait-text.ts'

const UP = 'M12 19V5M5 12l7-7 7 7'
const DOWN = 'M12 5v14M19 12l-7 7-7-7'

type Control = 'up' | 'down' | 'remove'

export interface RotaListProps {
  people: readonly RotaPerson[]
  escalateAfterSeconds: number
  /** People the server refused on the last save: shown as such, so they can be found. */
  flagged: ReadonlySet<string>
  onMove: (index: number, delta: -1 | 1) => void
  onRemove: (person: RotaPerson) => void
}

/**
 * The rota in paging order, each person with up, down and remove buttons. A moved person keeps
 * the keyboard focus (on the button pressed, or its twin once that one is disabled at an end of
 * the list), and after a removal it goes to whoever took their place, so the keyboard never falls
 * back to the top of the page.
 */
export function RotaList({
  people,
  escalateAfterSeconds,
  flagged,
  onMove,
  onRemove,
}: RotaListProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const waitText = useWaitText()
  const listRef = useRef<HTMLOListElement>(null)
  const [focus, setFocus] = useState<{ id: string; control: Control } | null>(null)

  useEffect(() => {
    if (!focus) return
    const at = (control: Control) =>
      listRef.current?.querySelector<HTMLButtonElement>(
        `[data-person="${focus.id}"][data-control="${control}"]:not(:disabled)`,
      )
    const twin: Control = focus.control === 'up' ? 'down' : 'up'
    const target = at(focus.control) ?? at(twin) ?? at('remove')
    target?.focus()
    setFocus(null)
  }, [focus])

  const move = (index: number, delta: -1 | 1, control: Control) => {
    const person = people[index]
    if (!person) return
    onMove(index, delta)
    setFocus({ id: person.id, control })
  }
  const remove = (index: number) => {
    const person = people[index]
    if (!person) return
    onRemove(person)
    const heir = people[index + 1] ?? people[index - 1]
    if (heir) setFocus({ id: heir.id, control: 'remove' })
  }

  return (
    <ol ref={listRef} className="flex flex-col gap-3">
      {people.map((person, index) => {
        const name = person.name || t('onCall.unnamed')
        const control = (kind: Control) => ({ 'data-person': person.id, 'data-control': kind })
        return (
          <li
            key={person.id}
            className="flex flex-col gap-3 rounded-2xl border border-line bg-surface p-4 sm:flex-row sm:items-center"
          >
            <div className="flex min-w-0 flex-1 items-center gap-3">
              <span className="inline-flex size-10 shrink-0 items-center justify-center rounded-full bg-primary-soft text-lg font-bold text-primary">
                {formatNumber(index + 1, language)}
              </span>
              <div className="flex min-w-0 flex-col gap-1">
                <span className="truncate font-semibold text-ink" dir="auto">
                  {name}
                </span>
                <span className="flex flex-wrap gap-2 text-sm">
                  {index === 0 ? (
                    <span className="font-semibold text-primary">{t('onCall.pagedFirst')}</span>
                  ) : (
                    <span className="text-ink-muted">
                      {t('onCall.pagedAfter', { wait: waitText(escalateAfterSeconds * index) })}
                    </span>
                  )}
                  {flagged.has(person.id) && (
                    <span className="rounded-full bg-danger-soft px-2 font-semibold text-danger">
                      {t('onCall.notAllowed')}
                    </span>
                  )}
                </span>
              </div>
            </div>
            <div className="flex flex-wrap gap-2 sm:shrink-0">
              <Button
                variant="secondary"
                {...control('up')}
                disabled={index === 0}
                aria-label={t('onCall.moveUpName', { name })}
                onClick={() => move(index, -1, 'up')}
              >
                <Icon path={UP} className="size-5" />
                {t('onCall.moveUp')}
              </Button>
              <Button
                variant="secondary"
                {...control('down')}
                disabled={index === people.length - 1}
                aria-label={t('onCall.moveDownName', { name })}
                onClick={() => move(index, 1, 'down')}
              >
                <Icon path={DOWN} className="size-5" />
                {t('onCall.moveDown')}
              </Button>
              <Button
                variant="ghost"
                {...control('remove')}
                aria-label={t('onCall.removeName', { name })}
                onClick={() => remove(index)}
              >
                {t('onCall.remove')}
              </Button>
            </div>
          </li>
        )
      })}
    </ol>
  )
}
