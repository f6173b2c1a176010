import { z } from 'zod'
import { pageOf, pageQueryFields } from './common.ts'
import {
  SAFE_NOW_ANSWERS,
  SAFETY_ALERT_STATUSES,
  SAFETY_LEVELS,
  SAFETY_REASONS,
  SAFETY_SOURCES,
} from './safety-constants.ts'

/**
 * Clinical safety (issue 18, DESIGN §11): the decision the safety module returns with every
 * answer to something a patient wrote, the alerts on-call staff work, the patient's "are you
 * safe now?" answer, and the Stanley–Brown safety plan.
 */
export const safetyDecisionSchema = z.object({
  level: z.enum(SAFETY_LEVELS),
  reasons: z.array(z.enum(SAFETY_REASONS)),
})

const personRef = z.object({ id: z.uuid(), name: z.string() })
const isoTime = z.string()

/** One thing the patient wrote or did that raised or renewed the alert. */
export const safetyTriggerSchema = z.object({
  source: z.enum(SAFETY_SOURCES),
  sourceId: z.uuid().nullable(),
  reasons: z.array(z.enum(SAFETY_REASONS)),
  /** The patient's words (a message, an answer), for the staff who act on them; else null. */
  text: z.string().nullable(),
  at: isoTime,
})
export type SafetyTrigger = z.infer<typeof safetyTriggerSchema>

export const safetyAlertSchema = z.object({
  id: z.uuid(),
  patient: personRef,
  status: z.enum(SAFETY_ALERT_STATUSES),
  reasons: z.array(z.enum(SAFETY_REASONS)),
  /** 0 when raised; each escalation (nobody acknowledged in time) adds one. */
  tier: z.number().int(),
  /** The patient's latest answer to "are you safe right now?". */
  safeNow: z.enum(SAFE_NOW_ANSWERS).nullable(),
  /** The priority thread to the clinical department, once the patient asked to talk now. */
  threadId: z.uuid().nullable(),
  triggerCount: z.number().int(),
  createdAt: isoTime,
  lastTriggeredAt: isoTime,
  acknowledgedBy: personRef.nullable(),
  acknowledgedAt: isoTime.nullable(),
  resolvedBy: personRef.nullable(),
  resolvedAt: isoTime.nullable(),
  resolutionNote: z.string().nullable(),
})
export type SafetyAlert = z.infer<typeof safetyAlertSchema>

/** An alert with what triggered it, newest first: what the responder reads (audited). */
export const safetyAlertDetailSchema = safetyAlertSchema.extend({
  triggers: z.array(safetyTriggerSchema),
  /** The reader is a psychologist treating this patient: the patient's summary is theirs to open. */
  viewerTreats: z.boolean(),
})
export type SafetyAlertDetail = z.infer<typeof safetyAlertDetailSchema>

export const safetyAlertPageSchema = pageOf(safetyAlertSchema)
export type SafetyAlertPage = z.infer<typeof safetyAlertPageSchema>

export const safetyAlertListQuerySchema = z.strictObject({
  /** `active` = open or acknowledged (the queue); the default. */
  status: z.enum(['active', ...SAFETY_ALERT_STATUSES]).default('active'),
  ...pageQueryFields(50),
})

export const resolveSafetyAlertBodySchema = z.strictObject({
  note: z.string().trim().min(1).max(2000),
})

export const safeNowBodySchema = z.strictObject({ answer: z.enum(SAFE_NOW_ANSWERS) })
export const safeNowResponseSchema = z.object({
  safety: safetyDecisionSchema,
  /** The alert staff now work on, when the answer raised or renewed one. */
  alertId: z.uuid().nullable(),
})
export type SafeNowResponse = z.infer<typeof safeNowResponseSchema>

export const talkNowResponseSchema = z.object({ threadId: z.uuid(), alertId: z.uuid() })
export type TalkNowResponse = z.infer<typeof talkNowResponseSchema>

const planItems = z.array(z.string().trim().min(1).max(300)).max(15)
export const safetyPlanSectionsSchema = z.strictObject({
  warningSigns: planItems,
  copingStrategies: planItems,
  peopleAndPlaces: planItems,
  peopleToAsk: planItems,
  professionals: planItems,
  safeEnvironment: planItems,
  reasonsToLive: planItems,
})
export type SafetyPlanSections = z.infer<typeof safetyPlanSectionsSchema>

export const safetyPlanSchema = z.object({
  patientId: z.uuid(),
  sections: safetyPlanSectionsSchema,
  /** Null for a plan nobody has written yet (every section empty). */
  updatedAt: isoTime.nullable(),
  updatedBy: personRef.nullable(),
})
export type SafetyPlan = z.infer<typeof safetyPlanSchema>

export const putSafetyPlanBodySchema = z.strictObject({ sections: safetyPlanSectionsSchema })

/** The on-call rota, first responder first; the next one is told when an alert escalates. */
export const onCallRotaSchema = z.object({
  responders: z.array(personRef),
  /** How long an alert waits unacknowledged before it escalates (safety.escalateAfterSeconds). */
  escalateAfterSeconds: z.number().int(),
})
export type OnCallRota = z.infer<typeof onCallRotaSchema>

/** Everyone who may be put on the rota: active people holding safety.respond, by name. */
export const onCallCandidatesSchema = z.object({ items: z.array(personRef) })
export type OnCallCandidates = z.infer<typeof onCallCandidatesSchema>

export const putOnCallRotaBodySchema = z.strictObject({
  userIds: z.array(z.uuid()).max(50),
})
