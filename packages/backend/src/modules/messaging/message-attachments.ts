import type { MessageAttachment } from '@yektayar/shared'
import type { Db } from '../../db/database.ts'
import { AppError } from '../../lib/app-error.ts'

export interface AttachRequest {
  messageId: string
  senderId: string
  fileIds: string[]
}

/**
 * How messaging reaches attachments without importing the files module, which already depends
 * on messaging for thread access (docs/ARCHITECTURE.md, module edges go one way): files
 * provides these from its plugin.
 */
export interface MessageAttachmentPort {
  /**
   * In the sending transaction: puts those of the files that are the sender's ready, unused
   * attachments on the message, and answers them in upload order (as `list` does).
   */
  attach(tx: Db, request: AttachRequest): Promise<MessageAttachment[]>
  /** The attachments of these messages, by message id, in upload order, in one query. */
  list(db: Db, messageIds: string[]): Promise<Map<string, MessageAttachment[]>>
}

// Plain functions of the files module: every app built in one process provides the same ones.
let port: MessageAttachmentPort | undefined

export function provideMessageAttachments(provided: MessageAttachmentPort): void {
  port = provided
}

/** All the files on the message, or FILE_NOT_USABLE and the caller's transaction rolls back. */
export async function attachAll(tx: Db, request: AttachRequest): Promise<MessageAttachment[]> {
  const attached = port ? await port.attach(tx, request) : []
  if (attached.length !== request.fileIds.length) {
    throw new AppError('FILE_NOT_USABLE', 'not all are ready, unused attachments of the sender')
  }
  return attached
}

export async function attachmentsOf(
  db: Db,
  messageIds: string[],
): Promise<Map<string, MessageAttachment[]>> {
  if (!port || messageIds.length === 0) return new Map()
  return port.list(db, messageIds)
}
