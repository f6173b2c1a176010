import type { CompanionMessage, CompanionUnavailableReason, SafetyDecision } from '@yektayar/shared'
import type { CompanionSettings } from '../../config/companion-config.ts'
import { violates } from '../../db/sql-state.ts'
import { AppError, type Locale } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { reportPatientSignal, riskOf } from '../safety/patient-signals.ts'
import { type CompanionDeps, inBackground } from './companion-deps.ts'
import { messageOf, safetyOfRow } from './companion-views.ts'
import { touchConversation } from './conversation.repository.ts'
import { requireOwnConversation } from './conversation.service.ts'
import { CRISIS_REPLY } from './fixed-replies.ts'
import {
  findExchangeByClientId,
  findMessage,
  hasStreamingReply,
  insertExchange,
  type MessageRow,
  stopAbandonedReplies,
} from './message.repository.ts'
import { consumeQuota, peekQuota } from './quota.ts'
import { readReplyContext, runReply } from './reply-engine.ts'
import { type FinalEvent, ReplyRun } from './reply-run.ts'
import { addUsage } from './usage.repository.ts'

export interface SendInput {
  text: string
  clientMessageId: string
  provider: 'configured' | 'offline'
}

/** A send the companion took: the stored message, and how its reply will end. */
export interface AcceptedSend {
  message: CompanionMessage
  replyId: string
  safety: SafetyDecision
  /** The reply streaming on this instance, to listen to; absent when it is already written. */
  run?: ReplyRun
  final: Promise<FinalEvent>
}

const TITLE_CHARS = 60
// A reply still `streaming` this long after its deadline belonged to an instance that stopped.
const ABANDONED_AFTER_MS = 30_000

/**
 * The person's message: stored and judged by the safety module before any model is called.
 * Crisis gets the fixed crisis reply and raises the alert, never a model, and is never refused
 * by a quota, the cap or a reply in progress. Otherwise, in order: one reply at a time per
 * conversation (409), the person's quotas (429), this instance's cap (503), then the reply
 * streams in the background, whether or not anyone still listens. A retried client id answers
 * the first send: no second message, count or model call.
 */
export async function acceptSend(
  deps: CompanionDeps,
  auth: AuthContext,
  conversationId: string,
  body: SendInput,
  locale: Locale,
): Promise<AcceptedSend> {
  // The reads go together, one round trip instead of five before the first word (the reply's
  // context and the person's quota too, though a retry or a crisis will not need them); their
  // answers are still taken in order, so someone else's conversation is a 404 whatever the
  // others found, and nothing they read leaves this function unless it is the person's own.
  const [own, retry, replying, context, quotaSeen] = await Promise.allSettled([
    requireOwnConversation(deps, auth, conversationId),
    findExchangeByClientId(deps.db, conversationId, body.clientMessageId),
    hasStreamingReply(deps.db, conversationId),
    readReplyContext(deps, conversationId, auth.userId),
    peekQuota(deps.counters, auth.userId),
  ])
  const retried = settledValue(own) && settledValue(retry)
  if (retried) return answerRetry(deps, retried.message, retried.reply)
  const settings = deps.settings.current()
  const safety = riskOf(body.text)
  if (safety.level === 'crisis') return acceptCrisis(deps, auth, conversationId, body, locale)
  await refuseWhileReplying(deps, conversationId, settings, settledValue(replying))
  const replyContext = settledValue(context)
  await consumeQuota(deps.counters, auth.userId, settings, settledValue(quotaSeen))
  if (!deps.replies.reserve(settings.maxStreams)) throw new AppError('COMPANION_BUSY')
  let exchange: { message: MessageRow; reply: MessageRow } | undefined
  try {
    exchange = await insertExchange(deps.db, userMessage(conversationId, body, safety), {
      status: 'streaming',
      kind: body.provider === 'offline' ? 'offline' : 'model',
    })
  } catch (error) {
    deps.replies.release()
    return answerRace(deps, conversationId, body, error)
  }
  const run = new ReplyRun(conversationId, exchange.reply.id)
  deps.replies.add(run)
  inBackground(
    deps,
    runReply(deps, run, {
      userId: auth.userId,
      text: body.text,
      context: replyContext,
      locale,
      safety,
      offline: body.provider === 'offline',
      settings,
    }),
  )
  // Not awaited: the caller subscribes to the run before its first word can arrive (that needs
  // the database and the provider); a listener that came later would get words merged.
  inBackground(deps, afterAccept(deps, conversationId, body.text, safety))
  return {
    message: messageOf(exchange.message),
    replyId: run.replyId,
    safety,
    run,
    final: run.final,
  }
}

function userMessage(conversationId: string, body: SendInput, safety: SafetyDecision) {
  return {
    conversationId,
    role: 'user',
    content: body.text,
    status: 'complete',
    safetyLevel: safety.level,
    safetyReasons: safety.reasons,
    clientMessageId: body.clientMessageId,
    completedAt: new Date(),
  }
}

/** The value, or the error it settled with, thrown. */
function settledValue<T>(result: PromiseSettledResult<T>): T {
  if (result.status === 'rejected') throw result.reason
  return result.value
}

async function refuseWhileReplying(
  deps: CompanionDeps,
  conversationId: string,
  settings: CompanionSettings,
  streamingReplyId: string | undefined,
) {
  if (!streamingReplyId) return
  const before = new Date(Date.now() - settings.replyTimeoutMs - ABANDONED_AFTER_MS)
  const abandoned = await stopAbandonedReplies(deps.db, conversationId, before)
  if (abandoned.length === 0) throw new AppError('COMPANION_REPLY_IN_PROGRESS')
}

/** Two sends met in the database: the same client id (answer the first) or two replies (409). */
async function answerRace(
  deps: CompanionDeps,
  conversationId: string,
  body: SendInput,
  error: unknown,
): Promise<AcceptedSend> {
  if (violates(error, 'unique', 'ux_companion_messages_streaming')) {
    throw new AppError('COMPANION_REPLY_IN_PROGRESS')
  }
  if (!violates(error, 'unique', 'companion_messages_client_message_id_unique')) throw error
  const first = await findExchangeByClientId(deps.db, conversationId, body.clientMessageId)
  if (!first) throw error
  return answerRetry(deps, first.message, first.reply)
}

/** Counted and dated once the message is stored; a crisis has already raised its alert. */
async function afterAccept(
  deps: CompanionDeps,
  conversationId: string,
  text: string,
  safety: SafetyDecision,
) {
  await touchConversation(deps.db, conversationId, text.slice(0, TITLE_CHARS))
  await addUsage(deps.db, {
    messages: 1,
    crises: safety.level === 'crisis' ? 1 : 0,
    concerns: safety.level === 'concern' ? 1 : 0,
  })
}

/**
 * Crisis: no model at all. The reply is the fixed one people wrote, and the safety module
 * raises (or renews) the alert with the person's words before this answers, as
 * assessPatientText does for every other source.
 */
async function acceptCrisis(
  deps: CompanionDeps,
  auth: AuthContext,
  conversationId: string,
  body: SendInput,
  locale: Locale,
): Promise<AcceptedSend> {
  const safety = riskOf(body.text)
  let exchange: { message: MessageRow; reply: MessageRow }
  try {
    exchange = await insertExchange(deps.db, userMessage(conversationId, body, safety), {
      status: 'complete',
      kind: 'crisis',
      content: CRISIS_REPLY[locale],
      completedAt: new Date(),
    })
  } catch (error) {
    return answerRace(deps, conversationId, body, error)
  }
  await reportPatientSignal(deps.safety, {
    patientId: auth.userId,
    source: 'companion',
    sourceId: exchange.message.id,
    decision: safety,
    text: body.text,
  })
  await afterAccept(deps, conversationId, body.text, safety)
  const reply = messageOf(exchange.reply)
  return {
    message: messageOf(exchange.message),
    replyId: reply.id,
    safety,
    final: Promise.resolve({ event: 'done', data: { reply, safety } }),
  }
}

function answerRetry(deps: CompanionDeps, message: MessageRow, reply: MessageRow): AcceptedSend {
  const safety = safetyOfRow(message) ?? { level: 'none', reasons: [] }
  const first = { message: messageOf(message), replyId: reply.id, safety }
  if (reply.status !== 'streaming')
    return { ...first, final: Promise.resolve(finalOf(reply, safety)) }
  const run = deps.replies.get(reply.conversationId)
  if (run?.replyId === reply.id) return { ...first, run, final: run.final }
  return { ...first, final: waitForReply(deps, reply, safety) }
}

function finalOf(row: MessageRow, safety: SafetyDecision): FinalEvent {
  const reply = messageOf(row)
  if (row.status !== 'unavailable') return { event: 'done', data: { reply, safety } }
  return {
    event: 'unavailable',
    data: {
      reply,
      reason: (row.unavailableReason ?? 'upstream_error') as CompanionUnavailableReason,
      retryAfterSeconds: null,
      offlineOffered: true,
      safety,
    },
  }
}

const POLL_MS = 500

/** A reply streaming on another instance: read until it is stored (its deadline bounds this). */
async function waitForReply(
  deps: CompanionDeps,
  reply: MessageRow,
  safety: SafetyDecision,
): Promise<FinalEvent> {
  const until = Date.now() + deps.settings.current().replyTimeoutMs + ABANDONED_AFTER_MS
  let row: MessageRow | undefined = reply
  while (row?.status === 'streaming' && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
    row = await findMessage(deps.db, reply.conversationId, reply.id)
  }
  return finalOf(row ?? reply, safety)
}
