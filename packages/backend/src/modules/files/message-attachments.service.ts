import type { MessageAttachment } from '@yektayar/shared'
import type { Db } from '../../db/database.ts'
import type { AttachRequest, MessageAttachmentPort } from '../messaging/message-attachments.ts'
import { attachToMessage, type FileRow, listMessageFiles } from './file.repository.ts'
import { uploadedFileView } from './file-views.ts'

function attachmentView(row: FileRow): MessageAttachment {
  const { id, mime, size, displayName, width, height, url, fallbackUrl } = uploadedFileView(row)
  return { id, mime, size, displayName, width, height, url, fallbackUrl }
}

/**
 * Sending a message with files (messaging's port, message-attachments.ts): the same rule and
 * statement as PUT /files/:id/message (attachMyFile), run in the sending transaction, where the
 * message is new and the sender's own.
 */
async function attach(tx: Db, request: AttachRequest): Promise<MessageAttachment[]> {
  const target = { ids: request.fileIds, ownerId: request.senderId, messageId: request.messageId }
  const rows = await attachToMessage(tx, target, new Date())
  return rows.map(attachmentView)
}

async function list(db: Db, messageIds: string[]) {
  const byMessage = new Map<string, MessageAttachment[]>()
  for (const row of await listMessageFiles(db, messageIds)) {
    if (!row.messageId) continue
    const items = byMessage.get(row.messageId) ?? []
    items.push(attachmentView(row))
    byMessage.set(row.messageId, items)
  }
  return byMessage
}

export const messageAttachments: MessageAttachmentPort = { attach, list }
