import type {
  CompanionReplacedReason,
  CompanionReplyKind,
  CompanionUnavailableReason,
  SafetyDecision,
} from '@yektayar/shared'
import type { CompanionSettings } from '../../config/companion-config.ts'
import {
  type CompanionProvider,
  type CompanionRequest,
  CompanionUnavailableError,
} from '../../integrations/ai/companion-provider.ts'
import type { Locale } from '../../lib/app-error.ts'
import { personNameOf } from '../professionals/person-name.ts'
import { type CompanionDeps, errorShape } from './companion-deps.ts'
import { companionRequestOf, type Turn } from './companion-prompt.ts'
import { messageOf } from './companion-views.ts'
import { findProfile } from './conversation.repository.ts'
import { HUMAN_OFFER, REPLACED_REPLY } from './fixed-replies.ts'
import { finishReply, recentMessages } from './message.repository.ts'
import { OutputGuard } from './output-guard.ts'
import type { FinalEvent, ReplyRun } from './reply-run.ts'
import { addUsage } from './usage.repository.ts'

/** What the reply's prompt is made of, read beside the send's other reads (send.service.ts). */
export interface ReplyContext {
  /** The conversation's latest turns before the person's message, oldest first. */
  turns: Turn[]
  profile: unknown
}

export interface ReplyInput {
  userId: string
  /** The person's message, the prompt's last turn. */
  text: string
  context: ReplyContext
  locale: Locale
  safety: SafetyDecision
  /** The person chose the offline companion for this message. */
  offline: boolean
  settings: CompanionSettings
}

interface Outcome {
  status: 'complete' | 'stopped' | 'unavailable'
  kind: CompanionReplyKind
  replacedReason: CompanionReplacedReason | null
  unavailable?: { reason: CompanionUnavailableReason; retryAfterSeconds: number | null }
}

// The turns read for context; the character budget then decides how many go.
const CONTEXT_TURNS = 40

/**
 * Writes one reply: the provider streams into the run (and so to whoever listens), the output
 * check reads each chunk, and what arrived is saved as it comes and stored at the end with how
 * it ended. Always finishes the run, whatever fails.
 */
export async function runReply(deps: CompanionDeps, run: ReplyRun, input: ReplyInput) {
  const provider = input.offline
    ? deps.providers.offline()
    : deps.providers.configured(input.settings)
  const timer = setTimeout(() => run.stop(), input.settings.replyTimeoutMs)
  let outcome: Outcome = { status: 'complete', kind: kindOf(provider), replacedReason: null }
  try {
    const request = requestFor(input)
    outcome = await streamInto(deps, run, provider, request, input.locale)
    if (outcome.status === 'complete' && outcome.kind !== 'replaced') {
      if (input.safety.level === 'concern') run.append(HUMAN_OFFER[input.locale])
    }
  } catch (error) {
    deps.log.error(errorShape(error), 'companion reply failed')
    outcome = { ...outcome, status: 'unavailable', unavailable: unexpected }
  } finally {
    clearTimeout(timer)
  }
  await deps.saves.forget(run.replyId)
  run.finish(
    await store(deps, run, input, provider, outcome).catch((error: unknown) => {
      // Deleted mid-reply, or the database is gone: the listener still gets its last event.
      deps.log.error(errorShape(error), 'companion reply could not be stored')
      return lastEventOf(run, input, outcome)
    }),
  )
}

function lastEventOf(run: ReplyRun, input: ReplyInput, outcome: Outcome): FinalEvent {
  const reply = {
    id: run.replyId,
    conversationId: run.conversationId,
    role: 'assistant' as const,
    content: run.content,
    status: outcome.status,
    kind: outcome.kind,
    replacedReason: outcome.replacedReason,
    safety: null,
    createdAt: new Date().toISOString(),
  }
  if (!outcome.unavailable) return { event: 'done', data: { reply, safety: input.safety } }
  return {
    event: 'unavailable',
    data: { reply, ...outcome.unavailable, offlineOffered: true, safety: input.safety },
  }
}

const unexpected = { reason: 'upstream_error', retryAfterSeconds: null } as const

function kindOf(provider: CompanionProvider): CompanionReplyKind {
  return provider.kind === 'offline' ? 'offline' : 'model'
}

/** The turns read for a reply's context: the latest CONTEXT_TURNS before the new message. */
export async function readReplyContext(
  deps: CompanionDeps,
  conversationId: string,
  userId: string,
): Promise<ReplyContext> {
  const [rows, profile] = await Promise.all([
    recentMessages(deps.db, conversationId, CONTEXT_TURNS),
    findProfile(deps.db, userId),
  ])
  const turns: Turn[] = rows.map((row) => ({
    role: row.role === 'user' ? 'user' : 'assistant',
    content: row.content,
  }))
  return { turns, profile }
}

function requestFor(input: ReplyInput): CompanionRequest {
  return companionRequestOf({
    locale: input.locale,
    level: input.safety.level,
    turns: [...input.context.turns, { role: 'user', content: input.text }],
    names: namesIn(input.context.profile),
    contextChars: input.settings.contextChars,
  })
}

/** Every spelling of the person's own name the profile holds, for the scrubber. */
function namesIn(profile: unknown): string[] {
  const { fa, en } = personNameOf(profile)
  const nickname = (profile as { displayName?: unknown } | null)?.displayName
  return [fa, en, typeof nickname === 'string' ? nickname : ''].filter(Boolean)
}

async function streamInto(
  deps: CompanionDeps,
  run: ReplyRun,
  provider: CompanionProvider,
  request: CompanionRequest,
  locale: Locale,
): Promise<Outcome> {
  const kind = kindOf(provider)
  const guard = new OutputGuard()
  // The provider's own signal: the person's stop, the deadline, or a replaced reply ends it.
  const connection = new AbortController()
  const stop = () => connection.abort()
  run.controller.signal.addEventListener('abort', stop, { once: true })
  try {
    for await (const delta of provider.stream(request, connection.signal)) {
      const reason = kind === 'model' ? guard.push(delta) : null
      if (reason) {
        connection.abort()
        run.replace({
          event: 'replaced',
          data: { content: REPLACED_REPLY[reason][locale], reason },
        })
        return { status: 'complete', kind: 'replaced', replacedReason: reason }
      }
      run.append(delta)
      deps.saves.touch(run.replyId, run.content)
    }
    return { status: run.stopped ? 'stopped' : 'complete', kind, replacedReason: null }
  } catch (error) {
    if (run.stopped) return { status: 'stopped', kind, replacedReason: null }
    if (!(error instanceof CompanionUnavailableError)) throw error
    const unavailable = {
      reason: error.reason,
      retryAfterSeconds: error.retryAfterSeconds ?? null,
    }
    return { status: 'unavailable', kind, replacedReason: null, unavailable }
  } finally {
    run.controller.signal.removeEventListener('abort', stop)
  }
}

/** Stores the reply as it ended, counts it, and answers the stream's last event. */
async function store(
  deps: CompanionDeps,
  run: ReplyRun,
  input: ReplyInput,
  provider: CompanionProvider,
  outcome: Outcome,
): Promise<FinalEvent> {
  try {
    const row = await finishReply(deps.db, run.replyId, {
      content: run.content,
      status: outcome.status,
      kind: outcome.kind,
      replacedReason: outcome.replacedReason,
      unavailableReason: outcome.unavailable?.reason ?? null,
    })
    if (!input.offline && provider.kind !== 'offline') {
      deps.health.record(provider.kind, outcome.status !== 'unavailable')
    }
    if (outcome.unavailable) {
      deps.log.warn({ reason: outcome.unavailable.reason }, 'companion provider unavailable')
    }
    const counts = {
      unavailable: outcome.status === 'unavailable' ? 1 : 0,
      replaced: outcome.kind === 'replaced' ? 1 : 0,
    }
    if (counts.unavailable || counts.replaced) await addUsage(deps.db, counts)
    const reply = messageOf(row)
    if (outcome.unavailable) {
      return {
        event: 'unavailable',
        data: { reply, ...outcome.unavailable, offlineOffered: true, safety: input.safety },
      }
    }
    return { event: 'done', data: { reply, safety: input.safety } }
  } finally {
    deps.replies.remove(run)
  }
}
