import { Card, DateTimeText, LoadMore, useTranslation } from '@yektayar/ui'
import { Link } from 'react-router'
import { isolate } from '../../../shared/isolate.ts'
import { ListStates } from '../../../shared/list-states.tsx'
import { Page } from '../../../shared/page.tsx'
import { type SharedConversation, useSharedConversationList } from '../api/shared.ts'
import { useConversationTitle } from '../conversation-title.ts'

/** /companion/shared: the conversations my patients chose to share with me, read-only. */
export function SharedListPage() {
  const { t } = useTranslation()
  const conversations = useSharedConversationList()
  const items = conversations.data?.pages.flatMap((page) => page.items) ?? []
  return (
    <Page messages="companion.shared" width="max-w-3xl">
      <ListStates pages={conversations} count={items.length} messages="companion.shared">
        <ul aria-label={t('companion.shared.label')} className="flex flex-col gap-3">
          {items.map((conversation) => (
            <SharedRow key={conversation.id} conversation={conversation} />
          ))}
        </ul>
        <LoadMore pages={conversations} label={t('companion.shared.more')} />
      </ListStates>
    </Page>
  )
}

/** Who shared it, its name, when it was shared and when it was last written in. */
function SharedRow({ conversation }: { conversation: SharedConversation }) {
  const { t } = useTranslation()
  const title = useConversationTitle()(conversation)
  const patient = conversation.patient.name
  return (
    <li>
      <Card className="flex min-w-0 flex-col gap-1">
        <p dir="auto" className="text-sm font-semibold text-primary">
          {patient}
        </p>
        <Link
          to={`/companion/shared/${conversation.id}`}
          dir="auto"
          aria-label={t('companion.shared.openNamed', {
            title: isolate(title),
            patient: isolate(patient),
          })}
          className="truncate text-lg font-bold text-ink hover:text-primary"
        >
          {title}
        </Link>
        <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-ink-muted">
          <span className="flex gap-1">
            {t('companion.shared.sharedOn')}
            <DateTimeText
              value={conversation.sharedAt ?? conversation.createdAt}
              show="date"
              style="long"
            />
          </span>
          <span className="flex gap-1">
            {t('companion.shared.lastActivity')}
            <DateTimeText value={conversation.lastActivityAt} style="weekdayDayMonth" />
          </span>
        </p>
      </Card>
    </li>
  )
}
