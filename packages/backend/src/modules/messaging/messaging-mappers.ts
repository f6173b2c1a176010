import type {
  MessageAttachment,
  MessagingPerson,
  ThreadMessage,
  ThreadSummary,
  ThreadUpdatedEvent,
} from '@yektayar/shared'
import type { MessageRow } from './message.repository.ts'
import type { ParticipantRow, ThreadAccessRow, ThreadSummaryRow } from './thread.repository.ts'

/** `attachments`: the message's files (message-attachments.ts); none on text and system messages. */
export function toMessage(row: MessageRow, attachments: MessageAttachment[] = []): ThreadMessage {
  return {
    id: row.id,
    threadId: row.thread_id,
    senderId: row.sender_id,
    content: row.content,
    isSystem: row.is_system,
    seq: Number(row.seq),
    clientId: row.client_id,
    createdAt: row.created_at,
    editedAt: row.edited_at,
    attachments,
    ...(row.course_recommendation && {
      courseRecommendation: { courseId: row.course_recommendation.courseId },
    }),
  }
}

interface PersonRow {
  id: string
  type: string
  display_name: string
  avatar_url: string | null
}

export function toPerson(row: PersonRow): MessagingPerson {
  return {
    id: row.id,
    type: row.type,
    displayName: row.display_name,
    avatarUrl: row.avatar_url ?? null,
  }
}

export function toSummary(row: ThreadSummaryRow): ThreadSummary {
  return {
    ...toThreadEvent(row),
    createdAt: row.created_at,
    lastMessage:
      row.lm_id && row.lm_created_at
        ? {
            id: row.lm_id,
            senderId: row.lm_sender_id,
            preview: row.lm_preview ?? '',
            isSystem: row.lm_is_system ?? false,
            createdAt: row.lm_created_at,
          }
        : null,
    unreadCount: Number(row.unread_count),
    counterpart:
      row.cp_id && row.cp_type
        ? {
            id: row.cp_id,
            type: row.cp_type,
            displayName: row.cp_name ?? '',
            avatarUrl: row.cp_avatar_url ?? null,
          }
        : null,
  }
}

export function toParticipant(row: ParticipantRow) {
  return {
    ...toPerson(row),
    role: row.role,
    joinedAt: row.joined_at,
    lastReadSeq: Number(row.last_read_seq),
    lastReadAt: row.last_read_at,
  }
}

/** The thread state everyone in its room may see: no message text, nothing per person. */
export function toThreadEvent(
  row: Pick<
    ThreadAccessRow,
    | 'id'
    | 'kind'
    | 'title'
    | 'category'
    | 'status'
    | 'assignee_id'
    | 'last_message_at'
    | 'last_seq'
    | 'updated_at'
  >,
): ThreadUpdatedEvent {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    category: row.category,
    status: row.status,
    assigneeId: row.assignee_id,
    lastMessageAt: row.last_message_at,
    lastSeq: Number(row.last_seq),
    updatedAt: row.updated_at,
  }
}
