import { cx } from '@yektayar/ui'
import { Outlet, useMatch } from 'react-router'
import { ThreadListPage } from './thread-list-page.tsx'

/**
 * /messages and below: from `md` up the list beside the open conversation (the list on the
 * start side, right in Persian); on a phone the list alone at /messages, the page alone below it.
 */
export function MessagesSplit() {
  const atList = useMatch('/messages') !== null
  const openId = useMatch('/messages/:id')?.params.id
  return (
    <div className="mx-auto flex w-full max-w-6xl md:h-[calc(100dvh-7.5rem)] md:min-h-[32rem] md:gap-4 md:p-4">
      <div
        className={cx(
          'min-h-0 w-full flex-col md:flex md:w-80 md:shrink-0 md:overflow-y-auto md:rounded-2xl md:border md:border-line md:bg-surface lg:w-96',
          atList ? 'flex' : 'hidden',
        )}
      >
        <ThreadListPage standalone={atList} openId={openId} />
      </div>
      <div
        className={cx(
          'min-h-0 min-w-0 flex-1 md:flex md:overflow-y-auto',
          atList ? 'hidden' : 'flex',
        )}
      >
        <Outlet />
      </div>
    </div>
  )
}
