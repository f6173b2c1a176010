import type { ThreadMessage } from '@yektayar/shared'
import type { AuthContext } from '../../lib/auth-context.ts'
import { announceMessage } from './message.service.ts'
import { type MessageMetadata, sendIfAllowed } from './message-send.repository.ts'
import type { MessagingDeps } from './messaging-deps.ts'
import { toMessage, toThreadEvent } from './messaging-mappers.ts'
import { publishThread } from './messaging-publisher.ts'
import { requireThreadAccess } from './thread-access.ts'
import { openDirectThread } from './thread-create.service.ts'

export interface DirectPost {
  content: string
  /**
   * Makes the post once only: a second post with it writes nothing. Not of the client form
   * (it has a colon), so no client's own send can take it first.
   */
  clientId: string
  metadata: MessageMetadata
}

/**
 * A message another module writes for one of a patient and their psychologist (a course
 * recommendation, learning's course-care.service.ts) into their direct thread, opened if
 * need be. It takes the send path of a typed message, one statement and then the same
 * announcement (live to sockets, inbox lists, digests for who is away), but not the typing
 * rate limit: the caller's route is limited on its own. Answers null when nothing was posted:
 * the client id was used already, or the thread is closed.
 */
export async function postToDirectThread(
  runtime: MessagingDeps,
  auth: AuthContext,
  pair: { patientId: string; psychologistId: string },
  post: DirectPost,
): Promise<ThreadMessage | null> {
  const { threadId, created } = await openDirectThread(runtime.db, pair, auth.userId)
  if (created) {
    const access = await requireThreadAccess(runtime.db, threadId, auth)
    publishThread(runtime.io, toThreadEvent(access.row), access.row.participant_ids)
  }
  const outcome = await sendIfAllowed(runtime.db, auth, { threadId, ...post })
  if (outcome.kind !== 'sent') return null
  const message = toMessage(outcome.message)
  announceMessage(runtime, outcome.access, message, outcome.access.participant_ids)
  return message
}
