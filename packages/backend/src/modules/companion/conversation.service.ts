import type { CompanionConversation, CompanionMessage } from '@yektayar/shared'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { decodeCursor } from '../../lib/cursor.ts'
import { treatingPsychologistsOf } from '../appointments/appointment.service.ts'
import { recordAudit } from '../audit/audit.service.ts'
import type { CompanionDeps } from './companion-deps.ts'
import { conversationOf, messageOf, pageOf } from './companion-views.ts'
import {
  type ConversationRow,
  deleteOwnConversation,
  findOwnConversation,
  insertConversation,
  listOwnConversations,
  updateOwnConversation,
} from './conversation.repository.ts'
import { findMessage, listMessages } from './message.repository.ts'

interface PageQuery {
  cursor?: string
  limit: number
}

/** The caller's own conversation; anyone else's id answers exactly like a missing one. */
export async function requireOwnConversation(
  deps: CompanionDeps,
  auth: AuthContext,
  id: string,
): Promise<ConversationRow> {
  const row = await findOwnConversation(deps.db, auth.userId, id)
  if (!row) throw new AppError('NOT_FOUND', 'no such companion conversation')
  return row
}

export function afterOf(cursor: string | undefined) {
  if (!cursor) return undefined
  const { createdAt, id } = decodeCursor(cursor)
  return { at: createdAt, id }
}

export async function listConversations(deps: CompanionDeps, auth: AuthContext, query: PageQuery) {
  const rows = await listOwnConversations(deps.db, auth.userId, {
    after: afterOf(query.cursor),
    limit: query.limit,
  })
  return pageOf(rows, query.limit, conversationOf, (row) => row.lastActivityAt)
}

export async function createConversation(
  deps: CompanionDeps,
  auth: AuthContext,
  body: { title?: string; retention?: string },
): Promise<CompanionConversation> {
  const row = await insertConversation(deps.db, {
    userId: auth.userId,
    title: body.title ?? null,
    retention: body.retention ?? 'keep',
  })
  return conversationOf(row)
}

export async function getConversation(deps: CompanionDeps, auth: AuthContext, id: string) {
  return conversationOf(await requireOwnConversation(deps, auth, id))
}

/**
 * Rename, retention, and sharing with the person's treating psychologist(s): sharing needs
 * one (a confirmed appointment between them), and every change of sharing is audited.
 */
export async function updateConversation(
  deps: CompanionDeps,
  auth: AuthContext,
  id: string,
  body: { title?: string; retention?: string; shared?: boolean },
): Promise<CompanionConversation> {
  const current = await requireOwnConversation(deps, auth, id)
  const sharing = body.shared !== undefined && body.shared !== (current.sharedAt !== null)
  if (body.shared && sharing) {
    const psychologists = await treatingPsychologistsOf(deps.db, auth.userId)
    if (psychologists.length === 0) throw new AppError('COMPANION_NO_PSYCHOLOGIST')
  }
  const row = await updateOwnConversation(deps.db, auth.userId, id, {
    ...(body.title !== undefined ? { title: body.title } : {}),
    ...(body.retention !== undefined ? { retention: body.retention } : {}),
    ...(sharing ? { sharedAt: body.shared ? new Date() : null } : {}),
  })
  if (!row) throw new AppError('NOT_FOUND', 'no such companion conversation')
  if (sharing) {
    await recordAudit(deps.db, {
      userId: auth.userId,
      action: body.shared ? 'companion.share' : 'companion.unshare',
      resource: 'companion_conversation',
      resourceId: id,
    })
  }
  return conversationOf(row)
}

/** Really deletes it; its messages go with it (ON DELETE CASCADE), and so does a live reply. */
export async function deleteConversation(deps: CompanionDeps, auth: AuthContext, id: string) {
  await requireOwnConversation(deps, auth, id)
  await deps.replies.stop(id)
  if (!(await deleteOwnConversation(deps.db, auth.userId, id))) {
    throw new AppError('NOT_FOUND', 'no such companion conversation')
  }
}

export async function listConversationMessages(
  deps: CompanionDeps,
  auth: AuthContext,
  id: string,
  query: PageQuery,
) {
  await requireOwnConversation(deps, auth, id)
  return messagePage(deps, id, query)
}

export async function messagePage(deps: CompanionDeps, conversationId: string, query: PageQuery) {
  const rows = await listMessages(deps.db, conversationId, {
    after: afterOf(query.cursor),
    limit: query.limit,
  })
  return pageOf(rows, query.limit, messageOf, (row) => row.createdAt)
}

/** One message: how a reply is fetched after the connection that streamed it dropped. */
export async function getConversationMessage(
  deps: CompanionDeps,
  auth: AuthContext,
  params: { id: string; messageId: string },
): Promise<CompanionMessage> {
  await requireOwnConversation(deps, auth, params.id)
  const row = await findMessage(deps.db, params.id, params.messageId)
  if (!row) throw new AppError('NOT_FOUND', 'no such companion message')
  return messageOf(row)
}
