import type { OnCallRota } from '@yektayar/shared/types'
import { Button, formatNumber, Notice, useLanguage, useTranslation } from '@yektayar/ui'
import { useState } from 'react'
import { useSaveOnCallRota } from '../api/save-on-call-rota.ts'
import { type RotaPerson, useRotaDraft } from '../rota-draft.ts'
import { useWaitText } from '../wait-text.ts'
import { AddResponder } from './add-responder.tsx'
import { EmptyRota } from './empty-rota.tsx'
import { RotaList } from './rota-list.tsx'
import { refusedIdsOf, SaveError } from './save-error.tsx'

/** The rota being edited: reorder, add and remove here, then save the whole list at once. */
export function RotaEditor({ rota }: { rota: OnCallRota }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const waitText = useWaitText()
  const draft = useRotaDraft(rota.responders)
  const save = useSaveOnCallRota()
  const [saved, setSaved] = useState(false)
  // Said to screen readers after a move, an addition or a removal, which change no focus text.
  const [announcement, setAnnouncement] = useState('')
  const nameOf = (person: RotaPerson) => person.name || t('onCall.unnamed')
  const edited = (text: string) => {
    setSaved(false)
    save.reset()
    setAnnouncement(text)
  }
  const wait = waitText(rota.escalateAfterSeconds)
  return (
    <>
      <p className="max-w-3xl rounded-xl bg-primary-soft px-4 py-3 text-ink">
        {t('onCall.escalation', { wait })}
      </p>
      {saved && (
        <Notice tone="success" onDismiss={() => setSaved(false)}>
          {t('onCall.saved')}
        </Notice>
      )}
      <section aria-labelledby="on-call-order" className="flex flex-col gap-3">
        <h2 id="on-call-order" className="text-xl font-bold text-ink">
          {t('onCall.listCaption')}
        </h2>
        {draft.list.length === 0 ? (
          <EmptyRota escalateAfterSeconds={rota.escalateAfterSeconds} />
        ) : (
          <RotaList
            people={draft.list}
            escalateAfterSeconds={rota.escalateAfterSeconds}
            flagged={refusedIdsOf(save.error)}
            onMove={(index, delta) => {
              const person = draft.list[index]
              draft.move(index, delta)
              if (person) {
                const n = formatNumber(index + delta + 1, language)
                edited(t('onCall.moved', { name: nameOf(person), n }))
              }
            }}
            onRemove={(person) => {
              draft.remove(person.id)
              edited(t('onCall.removedFromDraft', { name: nameOf(person) }))
            }}
          />
        )}
      </section>
      <AddResponder
        onRota={new Set(draft.list.map((person) => person.id))}
        onAdd={(person) => {
          draft.add(person)
          edited(t('onCall.add.added', { name: nameOf(person) }))
        }}
      />
      {save.isError && <SaveError error={save.error} people={draft.list} />}
      <div className="flex flex-col gap-3 rounded-2xl border border-line bg-surface p-4 sm:flex-row sm:items-center sm:justify-between">
        <p className="text-sm text-ink-muted">{draft.changed ? t('onCall.unsaved') : null}</p>
        <div className="flex flex-wrap gap-3">
          <Button
            variant="secondary"
            disabled={!draft.changed || save.isPending}
            onClick={() => {
              draft.discard()
              edited('')
            }}
          >
            {t('onCall.discard')}
          </Button>
          <Button
            needsConnection
            disabled={!draft.changed}
            loading={save.isPending}
            onClick={() =>
              save.mutate(
                draft.list.map((person) => person.id),
                {
                  onSuccess: () => {
                    draft.discard()
                    setSaved(true)
                  },
                },
              )
            }
          >
            {t('onCall.save')}
          </Button>
        </div>
      </div>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
    </>
  )
}
