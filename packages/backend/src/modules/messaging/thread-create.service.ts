import type {
  CreateThreadBody,
  SafetyDecision,
  ThreadDetails,
  ThreadMessage,
} from '@yektayar/shared'
import { TransactionRollbackError } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { AppError, type Locale } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { hasAppointmentBetween } from '../appointments/appointment.service.ts'
import { findUserType } from './department.repository.ts'
import { requireDepartment } from './department.service.ts'
import { announceMessage, earlierSend, safetyOfSend } from './message.service.ts'
import { sendIfAllowed } from './message-send.repository.ts'
import type { MessagingDeps } from './messaging-deps.ts'
import { toMessage, toThreadEvent } from './messaging-mappers.ts'
import { publishThread } from './messaging-publisher.ts'
import { threadDetailsOf } from './thread.service.ts'
import { accessOf, requireThreadAccess } from './thread-access.ts'
import { insertDepartmentThread, upsertDirectThread } from './thread-write.repository.ts'

export interface CreatedThread {
  thread: ThreadDetails
  message: ThreadMessage | null
  /** False when an existing thread was answered (a direct thread, or a retried first message). */
  created: boolean
  /** The safety decision on a patient's first message (DESIGN §11). */
  safety?: SafetyDecision
}

export function createThread(
  runtime: MessagingDeps,
  auth: AuthContext,
  body: CreateThreadBody,
): Promise<CreatedThread> {
  return body.kind === 'department'
    ? createDepartmentThread(runtime, auth, body, { rateLimited: true })
    : createDirectThread(runtime, auth, body.userId)
}

/**
 * The crisis card's "talk to someone now" (safety/urgent-thread-port.ts): a thread to the
 * clinical department with the patient's plea as its first message. Never refused by the send
 * limit: a person in crisis who has written a lot tonight must still get through.
 */
export async function openUrgentThread(
  runtime: MessagingDeps,
  auth: AuthContext,
  locale: Locale,
): Promise<string> {
  return openDepartmentThreadFor(runtime, auth, {
    category: URGENT_DEPARTMENT,
    title: URGENT_TEXT[locale].title,
    content: URGENT_TEXT[locale].content,
  })
}

/**
 * A thread from the patient to a department with a first message the server wrote for them
 * (the crisis card's plea, the AI companion's "talk to a human"); answers its id. Never refused
 * by the send limit: someone asking for a person must get through.
 */
export async function openDepartmentThreadFor(
  runtime: MessagingDeps,
  auth: AuthContext,
  body: { category: string; title: string; content: string },
): Promise<string> {
  const created = await createDepartmentThread(
    runtime,
    auth,
    { kind: 'department', ...body },
    { rateLimited: false },
  )
  return created.thread.id
}

const URGENT_DEPARTMENT = 'clinical'
const URGENT_TEXT = {
  fa: { title: 'گفت‌وگوی فوری', content: 'همین حالا می‌خواهم با کسی صحبت کنم.' },
  en: { title: 'Urgent conversation', content: 'I need to talk to someone now.' },
}

type DepartmentBody = Extract<CreateThreadBody, { kind: 'department' }>

/** The thread and its first message commit together; a retried client id answers the first. */
async function createDepartmentThread(
  runtime: MessagingDeps,
  auth: AuthContext,
  body: DepartmentBody,
  { rateLimited }: { rateLimited: boolean },
): Promise<CreatedThread> {
  await requireDepartment(runtime.db, body.category)
  const retried = await earlierSend(runtime.db, auth, undefined, body.clientId)
  if (retried) return answerWith(runtime.db, auth, retried.message, false)
  if (rateLimited) await runtime.sendLimiter.consume(auth.userId)
  const sent = await runtime.db
    .transaction(async (tx) => {
      const threadId = await insertDepartmentThread(tx, {
        category: body.category,
        title: body.title ?? null,
        ownerId: auth.userId,
      })
      const outcome = await sendIfAllowed(tx, auth, {
        threadId,
        content: body.content,
        clientId: body.clientId ?? null,
      })
      // A concurrent retry with this client id won: undo the thread and answer that one.
      if (outcome.kind === 'duplicate') return tx.rollback()
      // The owner of an open thread created a moment ago in this transaction may always post.
      if (outcome.kind !== 'sent') throw new Error(`first message ${outcome.kind}`)
      return outcome
    })
    .catch((error: unknown) => {
      if (error instanceof TransactionRollbackError) return undefined
      throw error
    })
  if (!sent) {
    const raced = await earlierSend(runtime.db, auth, undefined, body.clientId)
    if (!raced) throw new Error('first message neither inserted nor found')
    return answerWith(runtime.db, auth, raced.message, false)
  }
  const access = accessOf(sent.access, auth)
  const message = toMessage(sent.message)
  announceMessage(runtime, sent.access, message, sent.access.participant_ids)
  const thread = await threadDetailsOf(runtime.db, auth, access)
  return { thread, message, created: true, ...(await safetyOfSend(runtime, auth, message)) }
}

async function answerWith(db: Db, auth: AuthContext, message: ThreadMessage, created: boolean) {
  const access = await requireThreadAccess(db, message.threadId, auth)
  return { thread: await threadDetailsOf(db, auth, access), message, created }
}

/**
 * A patient with a psychologist they have (had) a confirmed appointment with, as the care module
 * tells it, or that psychologist with the patient. Anyone else, existing or not, gets the same
 * refusal.
 */
async function createDirectThread(
  runtime: MessagingDeps,
  auth: AuthContext,
  otherId: string,
): Promise<CreatedThread> {
  const otherType = await findUserType(runtime.db, otherId)
  const pair =
    auth.userType === 'patient' && otherType === 'psychologist'
      ? { patientId: auth.userId, psychologistId: otherId }
      : auth.userType === 'psychologist' && otherType === 'patient'
        ? { patientId: otherId, psychologistId: auth.userId }
        : undefined
  if (!pair || !(await hasAppointmentBetween(runtime.db, pair))) {
    throw new AppError('DIRECT_THREAD_NOT_ALLOWED')
  }
  const { threadId, created } = await openDirectThread(runtime.db, pair, auth.userId)
  const access = await requireThreadAccess(runtime.db, threadId, auth)
  if (created) {
    publishThread(runtime.io, toThreadEvent(access.row), access.row.participant_ids)
    runtime.threadLists.invalidate(access.row.participant_ids)
  }
  return { thread: await threadDetailsOf(runtime.db, auth, access), message: null, created }
}

/**
 * The direct thread between a patient and a psychologist, opened if there is none yet: the care
 * module calls this on their first confirmed appointment. Idempotent and safe to race.
 */
export async function openDirectThread(
  db: Db,
  pair: { patientId: string; psychologistId: string },
  createdBy: string | null = null,
): Promise<{ threadId: string; created: boolean }> {
  const { id, created } = await upsertDirectThread(db, { ...pair, createdBy })
  return { threadId: id, created }
}
