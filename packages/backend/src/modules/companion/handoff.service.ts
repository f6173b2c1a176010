import { MESSAGE_MAX_LENGTH } from '@yektayar/shared'
import type { Locale } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { recordAudit } from '../audit/audit.service.ts'
import { openDepartmentThreadFor } from '../messaging/thread-create.service.ts'
import type { CompanionDeps } from './companion-deps.ts'
import { requireOwnConversation } from './conversation.service.ts'
import { HANDOFF_TEXT } from './fixed-replies.ts'
import { recentMessages } from './message.repository.ts'
import { addUsage } from './usage.repository.ts'

const HANDOFF_DEPARTMENT = 'clinical'
const TRANSCRIPT_TURNS = 10
const TURN_CHARS = 600

/**
 * "Talk to a human": a thread from the person to the clinical department, with a first message
 * saying they come from the companion. With their consent it carries the conversation's last
 * turns as plain text, and says so; without it, nothing of the conversation leaves it.
 */
export async function handOff(
  deps: CompanionDeps,
  auth: AuthContext,
  conversationId: string,
  body: { shareConversation: boolean },
  locale: Locale,
): Promise<{ threadId: string }> {
  await requireOwnConversation(deps, auth, conversationId)
  const text = HANDOFF_TEXT[locale]
  const content = body.shareConversation
    ? await withTranscript(deps, conversationId, locale)
    : text.content
  const threadId = await openDepartmentThreadFor(deps.messaging, auth, {
    category: HANDOFF_DEPARTMENT,
    title: text.title,
    content,
  })
  await addUsage(deps.db, { handoffs: 1 })
  await recordAudit(deps.db, {
    userId: auth.userId,
    action: 'companion.handoff',
    resource: 'companion_conversation',
    resourceId: conversationId,
    changes: { threadId, shareConversation: body.shareConversation },
  })
  return { threadId }
}

/** The first message with the last turns, oldest first, cut to fit one thread message. */
async function withTranscript(deps: CompanionDeps, conversationId: string, locale: Locale) {
  const text = HANDOFF_TEXT[locale]
  const rows = await recentMessages(deps.db, conversationId, TRANSCRIPT_TURNS)
  const lines = rows
    .filter((row) => row.content.trim() !== '')
    .map((row) => {
      const who = row.role === 'user' ? text.you : text.companion
      const words =
        row.content.length > TURN_CHARS ? `${row.content.slice(0, TURN_CHARS)}…` : row.content
      return `${who}: ${words}`
    })
  const head = `${text.content}\n\n${text.transcriptIntro}\n\n`
  while (lines.length > 1 && head.length + lines.join('\n\n').length > MESSAGE_MAX_LENGTH) {
    lines.shift()
  }
  return `${head}${lines.join('\n\n')}`.slice(0, MESSAGE_MAX_LENGTH)
}
