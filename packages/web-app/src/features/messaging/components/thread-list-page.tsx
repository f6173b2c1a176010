import { buttonClasses, LoadMore, useSession, useTranslation } from '@yektayar/ui'
import { Link } from 'react-router'
import { ListStates } from '../../../shared/list-states.tsx'
import { useThreadList } from '../api/threads.ts'
import { usePresenceProbe } from '../realtime/use-presence-probe.ts'
import { ConnectionBanner } from './connection-banner.tsx'
import { ThreadRow } from './thread-row.tsx'

export interface ThreadListPageProps {
  /** The page itself (/messages); otherwise the list beside an open conversation. */
  standalone: boolean
  /** The conversation open beside the list. */
  openId?: string
}

/** My conversations, newest activity first: /messages, and beside a conversation from `md` up. */
export function ThreadListPage({ standalone, openId }: ThreadListPageProps) {
  const { t } = useTranslation()
  const session = useSession()
  const list = useThreadList()
  const myId = session.data?.user.id ?? ''
  const threads = list.data?.pages.flatMap((page) => page.items) ?? []
  usePresenceProbe(
    threads.flatMap((thread) =>
      thread.kind === 'direct' && thread.counterpart
        ? [{ id: thread.id, counterpartId: thread.counterpart.id }]
        : [],
    ),
  )
  // One h1 per page: beside a conversation the list is a section of it.
  const Heading = standalone ? 'h1' : 'h2'
  const newConversation = (
    <Link to="/messages/new" className={buttonClasses()}>
      {t('messaging.list.newConversation')}
    </Link>
  )
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-5 px-4 py-8 md:gap-4 md:px-3 md:py-4">
      {standalone && <title>{t('messaging.list.pageTitle')}</title>}
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div className="flex flex-col gap-1">
          <Heading className="text-3xl font-extrabold text-ink md:text-2xl">
            {t('messaging.list.title')}
          </Heading>
          <p className="text-ink-muted md:sr-only">{t('messaging.list.lead')}</p>
        </div>
        {threads.length > 0 && newConversation}
      </header>
      <ConnectionBanner />
      <ListStates
        pages={list}
        count={threads.length}
        messages="messaging.list"
        emptyAction={newConversation}
      >
        <ul aria-label={t('messaging.list.label')} className="flex flex-col gap-2.5">
          {threads.map((thread) => (
            <li key={thread.id}>
              <ThreadRow thread={thread} myId={myId} active={thread.id === openId} />
            </li>
          ))}
        </ul>
        <LoadMore pages={list} label={t('messaging.list.more')} />
      </ListStates>
    </div>
  )
}
