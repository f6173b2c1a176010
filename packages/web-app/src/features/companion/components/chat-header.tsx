import type { CompanionConversation } from '@yektayar/shared/types'
import { Icon, useTranslation } from '@yektayar/ui'
import { Link } from 'react-router'
import { ConversationOptions } from './conversation-options.tsx'

export interface ChatHeaderProps {
  conversation: CompanionConversation
  title: string
  onAbout: () => void
  onTalk: () => void
}

const INFO_ICON = 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18ZM12 11v5M12 7.5h.01'

const ROUND =
  'inline-flex min-h-11 shrink-0 items-center justify-center rounded-full px-3 text-sm font-semibold'

/** The way back, the conversation's name, "about", "talk to a person" and its options. */
export function ChatHeader({ conversation, title, onAbout, onTalk }: ChatHeaderProps) {
  const { t } = useTranslation()
  return (
    <header className="relative flex flex-col gap-2 border-b border-line bg-surface px-3 pt-[max(0.75rem,env(safe-area-inset-top))] pb-3 sm:px-5">
      <div className="flex items-center gap-2">
        <Link
          to="/companion"
          className="inline-flex size-11 shrink-0 items-center justify-center rounded-full text-ink hover:bg-surface-muted"
          aria-label={t('companion.chat.back')}
        >
          <svg
            aria-hidden="true"
            viewBox="0 0 24 24"
            className="size-6 ltr:-scale-x-100"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
            strokeLinecap="round"
            strokeLinejoin="round"
          >
            <path d="m9 6 6 6-6 6" />
          </svg>
        </Link>
        <div className="flex min-w-0 flex-1 flex-col">
          <h1 className="truncate text-lg font-bold text-ink" dir="auto">
            {title}
          </h1>
          <p className="text-xs text-ink-muted">{t('companion.title')}</p>
        </div>
        <button
          type="button"
          onClick={onAbout}
          aria-label={t('companion.about.open')}
          title={t('companion.about.open')}
          className="inline-flex size-11 shrink-0 items-center justify-center rounded-full text-primary hover:bg-primary-soft"
        >
          <Icon path={INFO_ICON} className="size-6" />
        </button>
      </div>
      <div className="flex flex-wrap items-start gap-2">
        <button
          type="button"
          onClick={onTalk}
          className={`${ROUND} border border-line-strong text-ink hover:bg-surface-muted`}
        >
          {t('companion.menu.talk')}
        </button>
        <ConversationOptions conversation={conversation} />
      </div>
    </header>
  )
}
