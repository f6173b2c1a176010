import type { CompanionConversation } from '@yektayar/shared/types'
import { useTranslation } from '@yektayar/ui'
import { useCallback } from 'react'

/** A conversation's name: the person's title, or "new conversation" before anything is sent. */
export function useConversationTitle(): (conversation: CompanionConversation) => string {
  const { t } = useTranslation()
  return useCallback((conversation) => conversation.title?.trim() || t('companion.untitled'), [t])
}
