import {
  Button,
  buttonClasses,
  Card,
  ErrorState,
  LoadingState,
  SelectField,
  useLanguage,
  useTranslation,
} from '@yektayar/ui'
import { type FormEvent, useState } from 'react'
import { Link } from 'react-router'
import { useOnCallCandidates } from '../api/on-call-candidates.ts'
import type { RotaPerson } from '../rota-draft.ts'

export interface AddResponderProps {
  /** Who is on the rota being edited: they are not offered again. */
  onRota: ReadonlySet<string>
  onAdd: (person: RotaPerson) => void
}

/**
 * Adds someone at the end of the rota, chosen among the people allowed to respond (the server
 * refuses anyone else), so the admin never picks a person the save would then turn down.
 */
export function AddResponder({ onRota, onAdd }: AddResponderProps) {
  const { t } = useTranslation()
  return (
    <Card className="flex flex-col gap-3 p-5">
      <h2 className="text-lg font-bold text-ink">{t('onCall.add.title')}</h2>
      <Candidates onRota={onRota} onAdd={onAdd} />
    </Card>
  )
}

function Candidates({ onRota, onAdd }: AddResponderProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const candidates = useOnCallCandidates()
  const [chosen, setChosen] = useState('')
  const [unchosen, setUnchosen] = useState(false)
  if (candidates.isPending) return <LoadingState />
  if (candidates.isError) {
    return <ErrorState error={candidates.error} onRetry={() => candidates.refetch()} />
  }
  if (candidates.data.items.length === 0) {
    return (
      <div className="flex flex-col items-start gap-3">
        <p className="text-ink-muted">{t('onCall.add.nobody')}</p>
        <Link to="/access" className={buttonClasses({ variant: 'secondary' })}>
          {t('onCall.add.grant')}
        </Link>
      </div>
    )
  }
  const nameOf = (person: RotaPerson) => person.name || t('onCall.unnamed')
  const offered = candidates.data.items
    .filter((person) => !onRota.has(person.id))
    .sort((a, b) => nameOf(a).localeCompare(nameOf(b), language))
  if (offered.length === 0) return <p className="text-ink-muted">{t('onCall.add.allOnRota')}</p>
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const person = offered.find((candidate) => candidate.id === chosen)
    if (!person) return setUnchosen(true)
    onAdd(person)
    setChosen('')
  }
  return (
    <form className="flex flex-col gap-3 sm:flex-row sm:items-end" onSubmit={submit} noValidate>
      <div className="flex flex-1 flex-col gap-1.5">
        <SelectField
          label={t('onCall.add.person')}
          value={chosen}
          aria-invalid={unchosen || undefined}
          options={[
            ['', t('onCall.add.choose')],
            ...offered.map((p) => [p.id, nameOf(p)] as const),
          ]}
          onChange={(event) => {
            setChosen(event.target.value)
            setUnchosen(false)
          }}
        />
        {unchosen && (
          <p role="alert" className="text-sm font-medium text-danger">
            {t('onCall.add.chooseFirst')}
          </p>
        )}
      </div>
      <Button type="submit" variant="secondary" className="sm:shrink-0">
        {t('onCall.add.submit')}
      </Button>
    </form>
  )
}
