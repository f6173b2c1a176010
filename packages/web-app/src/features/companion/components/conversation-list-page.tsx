import { Button, LoadMore, Notice, useTranslation } from '@yektayar/ui'
import { useState } from 'react'
import { useNavigate } from 'react-router'
import { isolate } from '../../../shared/isolate.ts'
import { ListStates } from '../../../shared/list-states.tsx'
import { Page } from '../../../shared/page.tsx'
import { ProblemAlert } from '../../../shared/problem-alert.tsx'
import { useConversationList, useCreateConversation } from '../api/conversations.ts'
import { ConversationRow } from './conversation-row.tsx'
import { DisclaimerDialog } from './disclaimer-dialog.tsx'

/** /companion: my conversations with the companion, newest first; a new one starts here. */
export function ConversationListPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const conversations = useConversationList()
  const create = useCreateConversation()
  const [deleted, setDeleted] = useState<string | null>(null)
  const [about, setAbout] = useState(false)
  const items = conversations.data?.pages.flatMap((page) => page.items) ?? []
  const start = () =>
    create.mutate(undefined, {
      onSuccess: (conversation) => void navigate(`/companion/${conversation.id}`),
    })
  const startButton = (
    <Button size="lg" loading={create.isPending} needsConnection onClick={start}>
      {t('companion.list.new')}
    </Button>
  )
  return (
    <Page messages="companion" width="max-w-3xl">
      <div className="flex flex-col gap-3">
        <div className="flex flex-wrap items-center gap-2">
          {items.length > 0 && startButton}
          <Button variant="ghost" onClick={() => setAbout(true)}>
            {t('companion.about.open')}
          </Button>
        </div>
        <ProblemAlert error={create.error} />
        {deleted && (
          <Notice tone="success" onDismiss={() => setDeleted(null)}>
            {t('companion.list.deleted', { title: isolate(deleted) })}
          </Notice>
        )}
      </div>
      <ListStates
        pages={conversations}
        count={items.length}
        messages="companion.list"
        emptyAction={startButton}
      >
        <ul aria-label={t('companion.list.label')} className="flex flex-col gap-3">
          {items.map((conversation) => (
            <ConversationRow
              key={conversation.id}
              conversation={conversation}
              onDeleted={setDeleted}
            />
          ))}
        </ul>
        <LoadMore pages={conversations} label={t('companion.list.more')} />
      </ListStates>
      {about && <DisclaimerDialog onClose={() => setAbout(false)} />}
    </Page>
  )
}
