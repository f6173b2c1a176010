import { z } from 'zod'
import { pageOf, pageQueryFields } from './common.ts'
import {
  COMPANION_MESSAGE_MAX_CHARS,
  COMPANION_MESSAGE_STATUSES,
  COMPANION_PROVIDER_CHOICES,
  COMPANION_REPLACED_REASONS,
  COMPANION_REPLY_KINDS,
  COMPANION_RETENTIONS,
  COMPANION_ROLES,
  COMPANION_UNAVAILABLE_REASONS,
} from './companion-constants.ts'
import { safetyDecisionSchema } from './safety.ts'

/**
 * The AI companion (issue 19): a person's private conversations with a supportive companion
 * between sessions. Routes, under /api/v1 (all need a session; everything is the caller's own):
 *
 * - GET    /companion/conversations                      page of conversations, newest activity first
 * - POST   /companion/conversations                      create (201)
 * - GET    /companion/conversations/:id                  one conversation
 * - PATCH  /companion/conversations/:id                  rename, retention, share with psychologist
 * - DELETE /companion/conversations/:id                  really deletes it and its messages (204)
 * - GET    /companion/conversations/:id/messages         page of messages, newest first
 * - GET    /companion/conversations/:id/messages/:messageId   one message (a reply fetched after a drop)
 * - POST   /companion/conversations/:id/messages         send; the reply streams (see below)
 * - POST   /companion/conversations/:id/stop             stop the reply in flight (204, idempotent)
 * - POST   /companion/conversations/:id/handoff          "talk to a human": a thread to the clinical department
 * - GET    /companion/usage                              my quotas and whether the companion is available
 * - GET    /companion/shared                             (psychologist) conversations shared with me
 * - GET    /companion/shared/:id/messages                (psychologist) a shared conversation's messages, audited
 * - GET    /admin/companion/figures                      (reports.read) counts per day, no content
 *
 * Sending: `POST …/messages` with `Accept: text/event-stream` answers `200 text/event-stream`;
 * each event is `event: <name>\ndata: <json>\n\n` with the names and data of
 * `companionStreamEventSchemas`. The first event is always `accepted`, carrying the safety
 * decision of the person's message; the last is `done` or `unavailable`. Without that Accept
 * header the same request waits for the reply and answers `companionSendResultSchema` as JSON.
 * Errors before the stream starts (validation, quota, a reply already streaming, not found) are
 * problem+json with their status, never a stream.
 */

const isoTime = z.string()

export const companionConversationSchema = z.object({
  id: z.uuid(),
  /** The person's title, or the start of their first message, or null before anything is sent. */
  title: z.string().nullable(),
  retention: z.enum(COMPANION_RETENTIONS),
  /** When the person shared it with their treating psychologist(s); null when not shared. */
  sharedAt: isoTime.nullable(),
  createdAt: isoTime,
  /** The last message's time (or creation): the list's order. */
  lastActivityAt: isoTime,
})
export type CompanionConversation = z.infer<typeof companionConversationSchema>

export const companionConversationPageSchema = pageOf(companionConversationSchema)
export type CompanionConversationPage = z.infer<typeof companionConversationPageSchema>

export const companionMessageSchema = z.object({
  id: z.uuid(),
  conversationId: z.uuid(),
  role: z.enum(COMPANION_ROLES),
  content: z.string(),
  status: z.enum(COMPANION_MESSAGE_STATUSES),
  /** Replies only: where the words came from; null on the person's messages. */
  kind: z.enum(COMPANION_REPLY_KINDS).nullable(),
  /** Replies of kind `replaced` only. */
  replacedReason: z.enum(COMPANION_REPLACED_REASONS).nullable(),
  /** The person's messages only: the safety decision their words got; null on replies. */
  safety: safetyDecisionSchema.nullable(),
  createdAt: isoTime,
})
export type CompanionMessage = z.infer<typeof companionMessageSchema>

export const companionMessagePageSchema = pageOf(companionMessageSchema)
export type CompanionMessagePage = z.infer<typeof companionMessagePageSchema>

export const companionConversationListQuerySchema = z.strictObject(pageQueryFields(50))
export const companionMessageListQuerySchema = z.strictObject(pageQueryFields(100, 50))

export const createCompanionConversationBodySchema = z.strictObject({
  title: z.string().trim().min(1).max(120).optional(),
  retention: z.enum(COMPANION_RETENTIONS).optional(),
})

export const updateCompanionConversationBodySchema = z
  .strictObject({
    title: z.string().trim().min(1).max(120).optional(),
    retention: z.enum(COMPANION_RETENTIONS).optional(),
    /** true shares it with the person's treating psychologist(s); false withdraws the share. */
    shared: z.boolean().optional(),
  })
  .refine((body) => Object.keys(body).length > 0, 'EMPTY_UPDATE')

export const sendCompanionMessageBodySchema = z.strictObject({
  text: z.string().trim().min(1).max(COMPANION_MESSAGE_MAX_CHARS),
  /** Chosen by the client once per message: a retried send answers the first one's result. */
  clientMessageId: z.uuid(),
  /** `offline` after the companion was unavailable and the person chose the offline companion. */
  provider: z.enum(COMPANION_PROVIDER_CHOICES).default('configured'),
})

export const companionConversationMessageParamsSchema = z.strictObject({
  id: z.uuid(),
  messageId: z.uuid(),
})

/** The data of each server-sent event of a streamed send, by event name. */
export const companionStreamEventSchemas = {
  /** First: the person's message is stored and judged; the reply has an id. */
  accepted: z.object({
    message: companionMessageSchema,
    replyId: z.uuid(),
    safety: safetyDecisionSchema,
  }),
  /** The next words of the reply, in order. */
  delta: z.object({ text: z.string() }),
  /** The output check replaced what was streamed so far: show `content` instead. */
  replaced: z.object({ content: z.string(), reason: z.enum(COMPANION_REPLACED_REASONS) }),
  /** Last, on success or stop: the stored reply (status `complete` or `stopped`). */
  done: z.object({ reply: companionMessageSchema, safety: safetyDecisionSchema }),
  /** Last, when the provider failed: what arrived is stored in `reply` (status `unavailable`). */
  unavailable: z.object({
    reply: companionMessageSchema,
    reason: z.enum(COMPANION_UNAVAILABLE_REASONS),
    retryAfterSeconds: z.number().int().nullable(),
    /** Always true today: the offline companion can answer instead. */
    offlineOffered: z.boolean(),
    safety: safetyDecisionSchema,
  }),
} as const
export type CompanionStreamEventName = keyof typeof companionStreamEventSchemas
export type CompanionStreamEvent = {
  [K in CompanionStreamEventName]: {
    event: K
    data: z.infer<(typeof companionStreamEventSchemas)[K]>
  }
}[CompanionStreamEventName]

/** A send answered as JSON (no `Accept: text/event-stream`): the same as the stream's last event. */
export const companionSendResultSchema = z.object({
  message: companionMessageSchema,
  reply: companionMessageSchema,
  safety: safetyDecisionSchema,
  /** Set when the reply is `unavailable`. */
  unavailable: z
    .object({
      reason: z.enum(COMPANION_UNAVAILABLE_REASONS),
      retryAfterSeconds: z.number().int().nullable(),
    })
    .nullable(),
})
export type CompanionSendResult = z.infer<typeof companionSendResultSchema>

export const companionHandoffBodySchema = z.strictObject({
  /** The person agreed that the department may read this conversation's recent turns. */
  shareConversation: z.boolean(),
})
export const companionHandoffResultSchema = z.object({ threadId: z.uuid() })

const quotaWindowSchema = z.object({
  used: z.number().int(),
  limit: z.number().int(),
  /** When the window's count starts again; null when nothing is counted yet. */
  resetsAt: isoTime.nullable(),
})

export const companionUsageSchema = z.object({
  hour: quotaWindowSchema,
  day: quotaWindowSchema,
  /** The configured provider: `offline` is the embedded scripted companion. */
  provider: z.enum(['openai-compatible', 'offline']),
  /** false while the configured provider has been failing (the client offers offline at once). */
  available: z.boolean(),
})
export type CompanionUsage = z.infer<typeof companionUsageSchema>

/** A conversation a patient shared with the reading psychologist. */
export const sharedCompanionConversationSchema = companionConversationSchema.extend({
  patient: z.object({ id: z.uuid(), name: z.string() }),
})
export const sharedCompanionConversationPageSchema = pageOf(sharedCompanionConversationSchema)

export const companionFiguresQuerySchema = z.strictObject({
  days: z.coerce.number().int().min(1).max(366).default(30),
})

/** Counts only, per UTC day, oldest first; days with nothing are present with zeros. */
export const companionFiguresSchema = z.object({
  days: z.array(
    z.object({
      day: z.iso.date(),
      /** Messages people sent. */
      messages: z.number().int(),
      /** Replies the configured provider could not give. */
      unavailable: z.number().int(),
      /** Messages judged crisis (no model was called; the crisis flow ran). */
      crises: z.number().int(),
      concerns: z.number().int(),
      /** "Talk to a human" threads opened from the companion. */
      handoffs: z.number().int(),
      /** Model replies the output check replaced. */
      replaced: z.number().int(),
    }),
  ),
})
export type CompanionFigures = z.infer<typeof companionFiguresSchema>
