import type { CompanionConversation } from '@yektayar/shared/types'
import { Button, buttonClasses, Card, DateTimeText, TextField, useTranslation } from '@yektayar/ui'
import { type FormEvent, useEffect, useRef, useState } from 'react'
import { Link } from 'react-router'
import { isolate } from '../../../shared/isolate.ts'
import { ProblemAlert } from '../../../shared/problem-alert.tsx'
import { useDeleteConversation, useUpdateConversation } from '../api/conversations.ts'
import { useConversationTitle } from '../conversation-title.ts'

export interface ConversationRowProps {
  conversation: CompanionConversation
  /** Told the title once the server has deleted it, to say so where the row was. */
  onDeleted: (title: string) => void
}

type Mode = 'view' | 'rename' | 'delete'

const SMALL = 'min-h-10 px-4'

/** One conversation: its name and last activity, renamed in place, deleted after a question. */
export function ConversationRow({ conversation, onDeleted }: ConversationRowProps) {
  const { t } = useTranslation()
  const title = useConversationTitle()(conversation)
  const [mode, setMode] = useState<Mode>('view')
  const actions = useRef<HTMLDivElement>(null)
  const changed = useRef(false)
  const back = () => {
    changed.current = true
    setMode('view')
  }
  // Back from a question or a form, focus returns to the row's actions rather than the page top.
  useEffect(() => {
    if (mode === 'view' && changed.current) actions.current?.querySelector('button')?.focus()
  }, [mode])

  return (
    <li>
      <Card className="flex flex-col gap-3">
        <div className="flex min-w-0 flex-col gap-1">
          <Link
            to={`/companion/${conversation.id}`}
            dir="auto"
            className="truncate text-lg font-bold text-ink hover:text-primary"
          >
            {title}
          </Link>
          <p className="flex flex-wrap gap-x-3 gap-y-1 text-sm text-ink-muted">
            <span className="flex gap-1">
              {t('companion.list.lastActivity')}
              <DateTimeText value={conversation.lastActivityAt} style="weekdayDayMonth" />
            </span>
            {conversation.sharedAt && (
              <span className="font-semibold text-primary">{t('companion.list.shared')}</span>
            )}
            {conversation.retention === 'delete_after_30_days' && (
              <span>{t('companion.list.autoDelete')}</span>
            )}
          </p>
        </div>
        {mode === 'view' && (
          <div ref={actions} className="flex flex-wrap gap-2">
            <button
              type="button"
              className={buttonClasses({ variant: 'secondary', className: SMALL })}
              aria-label={t('companion.list.renameNamed', { title: isolate(title) })}
              onClick={() => setMode('rename')}
            >
              {t('companion.list.rename')}
            </button>
            <button
              type="button"
              className={buttonClasses({ variant: 'secondary', className: SMALL })}
              aria-label={t('companion.list.deleteNamed', { title: isolate(title) })}
              onClick={() => setMode('delete')}
            >
              {t('companion.list.delete')}
            </button>
          </div>
        )}
        {mode === 'rename' && (
          <RenameForm conversation={conversation} title={title} onDone={back} />
        )}
        {mode === 'delete' && (
          <DeleteQuestion
            conversation={conversation}
            title={title}
            onKeep={back}
            onDeleted={() => onDeleted(title)}
          />
        )}
      </Card>
    </li>
  )
}

function RenameForm(props: {
  conversation: CompanionConversation
  title: string
  onDone: () => void
}) {
  const { conversation, title, onDone } = props
  const { t } = useTranslation()
  const update = useUpdateConversation(conversation.id)
  const [value, setValue] = useState(conversation.title ?? '')
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const next = value.trim()
    if (!next || next === title) return onDone()
    update.mutate({ title: next }, { onSuccess: onDone })
  }
  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-3">
      <TextField
        label={t('companion.list.renameLabel')}
        value={value}
        maxLength={120}
        dir="auto"
        autoFocus
        onChange={(event) => setValue(event.target.value)}
      />
      <ProblemAlert error={update.error} look="line" />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" className={SMALL} loading={update.isPending} needsConnection>
          {t('companion.list.save')}
        </Button>
        <Button variant="secondary" className={SMALL} onClick={onDone}>
          {t('companion.list.cancel')}
        </Button>
      </div>
    </form>
  )
}

function DeleteQuestion(props: {
  conversation: CompanionConversation
  title: string
  onKeep: () => void
  onDeleted: () => void
}) {
  const { conversation, title, onKeep, onDeleted } = props
  const { t } = useTranslation()
  const remove = useDeleteConversation(onDeleted)
  const keep = useRef<HTMLButtonElement>(null)
  // The safe answer has the focus.
  useEffect(() => keep.current?.focus(), [])
  return (
    <div className="flex flex-col gap-3 rounded-xl bg-danger-soft p-3">
      <p className="font-medium text-ink">
        {t('companion.list.deleteConfirm', { title: isolate(title) })}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button
          variant="danger"
          className="min-h-10"
          loading={remove.isPending}
          needsConnection
          onClick={() => remove.mutate(conversation.id)}
        >
          {t('companion.list.deleteYes')}
        </Button>
        <button
          ref={keep}
          type="button"
          className={buttonClasses({ variant: 'secondary', className: 'min-h-10' })}
          disabled={remove.isPending}
          onClick={onKeep}
        >
          {t('companion.list.deleteNo')}
        </button>
      </div>
      <ProblemAlert error={remove.error} look="line" />
    </div>
  )
}
