import type { CompanionMessagePage } from '@yektayar/shared'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { patientsTreatedBy } from '../appointments/appointment.service.ts'
import { recordAudit } from '../audit/audit.service.ts'
import { personNameOf } from '../professionals/person-name.ts'
import type { CompanionDeps } from './companion-deps.ts'
import { conversationOf, pageOf } from './companion-views.ts'
import {
  findSharedConversation,
  listSharedConversations,
  type SharedConversationRow,
} from './conversation.repository.ts'
import { afterOf, messagePage } from './conversation.service.ts'

interface PageQuery {
  cursor?: string
  limit: number
}

/**
 * What a psychologist may read of the companion: conversations their own patients (a confirmed
 * appointment together) chose to share, while shared. Nobody else reads any, whatever their
 * permissions: there is no "any" permission for companion content.
 */
export async function listSharedWithMe(deps: CompanionDeps, auth: AuthContext, query: PageQuery) {
  const patients = await patientsTreatedBy(deps.db, auth.userId)
  const rows = await listSharedConversations(deps.db, patients, {
    after: afterOf(query.cursor),
    limit: query.limit,
  })
  const page = pageOf(rows, query.limit, sharedOf, (row) => row.sharedAt ?? row.createdAt)
  await recordAudit(deps.db, {
    userId: auth.userId,
    action: 'companion.shared.list',
    resource: 'companion_conversation',
    changes: { conversationIds: page.items.map((item) => item.id) },
  })
  return page
}

function sharedOf(row: SharedConversationRow) {
  const name = personNameOf(row.patientProfile)
  return { ...conversationOf(row), patient: { id: row.userId, name: name.fa || name.en } }
}

/** A shared conversation's messages; every read is audited, and a failed audit answers nothing. */
export async function readSharedMessages(
  deps: CompanionDeps,
  auth: AuthContext,
  conversationId: string,
  query: PageQuery,
): Promise<CompanionMessagePage> {
  const patients = await patientsTreatedBy(deps.db, auth.userId)
  const conversation = await findSharedConversation(deps.db, patients, conversationId)
  if (!conversation) throw new AppError('NOT_FOUND', 'no such shared companion conversation')
  const page = await messagePage(deps, conversationId, query)
  await recordAudit(deps.db, {
    userId: auth.userId,
    action: 'companion.shared.read',
    resource: 'companion_conversation',
    resourceId: conversationId,
    changes: { patientId: conversation.userId, messageIds: page.items.map((item) => item.id) },
  })
  return page
}
