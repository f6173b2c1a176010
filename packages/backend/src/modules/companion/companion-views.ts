import type {
  CompanionConversation,
  CompanionMessage,
  CompanionMessageStatus,
  CompanionReplacedReason,
  CompanionReplyKind,
  CompanionRetention,
  SafetyDecision,
  SafetyLevel,
  SafetyReason,
} from '@yektayar/shared'
import { encodeCursor } from '../../lib/cursor.ts'
import type { ConversationRow } from './conversation.repository.ts'
import type { MessageRow } from './message.repository.ts'

export function conversationOf(row: ConversationRow): CompanionConversation {
  return {
    id: row.id,
    title: row.title,
    retention: row.retention as CompanionRetention,
    sharedAt: row.sharedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    lastActivityAt: row.lastActivityAt.toISOString(),
  }
}

export function safetyOfRow(row: MessageRow): SafetyDecision | null {
  if (!row.safetyLevel) return null
  return {
    level: row.safetyLevel as SafetyLevel,
    reasons: (row.safetyReasons ?? []) as SafetyReason[],
  }
}

export function messageOf(row: MessageRow): CompanionMessage {
  return {
    id: row.id,
    conversationId: row.conversationId,
    role: row.role as CompanionMessage['role'],
    content: row.content,
    status: row.status as CompanionMessageStatus,
    kind: row.kind as CompanionReplyKind | null,
    replacedReason: row.replacedReason as CompanionReplacedReason | null,
    safety: safetyOfRow(row),
    createdAt: row.createdAt.toISOString(),
  }
}

/** A page from rows fetched one past `limit`, its cursor at the last row's `at`. */
export function pageOf<Row extends { id: string }, Item>(
  rows: Row[],
  limit: number,
  map: (row: Row) => Item,
  at: (row: Row) => Date,
): { items: Item[]; nextCursor: string | null } {
  const page = rows.slice(0, limit)
  const last = page.at(-1)
  return {
    items: page.map(map),
    nextCursor: rows.length > limit && last ? encodeCursor(at(last), last.id) : null,
  }
}
