import { z } from 'zod'
import { APPOINTMENT_ACTORS, APPOINTMENT_STATUSES } from './appointment-constants.ts'
import { instantInputSchema, pageQueryFields } from './common.ts'
import { SESSION_MODES } from './professional-constants.ts'

export * from './appointment-constants.ts'

export const bookAppointmentBodySchema = z.strictObject({
  psychologistId: z.uuid(),
  sessionTypeId: z.uuid(),
  startsAt: instantInputSchema,
})
export type BookAppointmentBody = z.infer<typeof bookAppointmentBodySchema>

export const appointmentListQuerySchema = z.strictObject({
  scope: z.enum(['upcoming', 'past']).default('upcoming'),
  status: z.enum(APPOINTMENT_STATUSES).optional(),
  /** Only those starting at or after `from` and before `to`: a calendar's day or week. */
  from: instantInputSchema.optional(),
  to: instantInputSchema.optional(),
  ...pageQueryFields(100),
})
export type AppointmentListQuery = z.infer<typeof appointmentListQuerySchema>

/** Reschedule (`startsAt`) or move the status; exactly one per request. Cancel is DELETE. */
export const updateAppointmentBodySchema = z
  .strictObject({
    startsAt: instantInputSchema.optional(),
    status: z.enum(['confirmed', 'completed', 'no_show']).optional(),
  })
  .refine((body) => (body.startsAt === undefined) !== (body.status === undefined), {
    message: 'send either startsAt or status',
  })
export type UpdateAppointmentBody = z.infer<typeof updateAppointmentBodySchema>

/** The reason is the canceller's to give or not; a blank one is no reason. */
export const cancelAppointmentBodySchema = z.strictObject({
  reason: z
    .string()
    .trim()
    .max(500)
    .optional()
    .transform((reason) => reason || undefined),
})

const personSchema = z.object({
  id: z.uuid(),
  name: z.object({ fa: z.string(), en: z.string() }),
  /** Public avatar address; never a discreet-mode patient's (they show by nickname only). */
  avatarUrl: z.string().nullable(),
})

/**
 * What the person reading this view may do with it right now, decided by the server's state
 * machine and cancel policy so screens never re-derive the rules.
 */
export const appointmentViewerSchema = z.object({
  /** The reader's part in this appointment; null for someone who may only look. */
  role: z.enum(['patient', 'psychologist', 'admin']).nullable(),
  canCancel: z.boolean(),
  /** Cancelling now returns what was paid (a confirmed, priced appointment). */
  cancelRefundable: z.boolean(),
  /** A patient may cancel or move a confirmed appointment until then; null when not confirmed. */
  freeCancelUntil: z.iso.datetime().nullable(),
  canReschedule: z.boolean(),
  /** Mark completed / no-show: the psychologist (or an admin) once the start has passed. */
  canComplete: z.boolean(),
  canMarkNoShow: z.boolean(),
  /** Only the appointment's psychologist writes notes. */
  canWriteNotes: z.boolean(),
  /**
   * A recorded completed / no-show can be taken back (DELETE /appointments/:id/outcome) by
   * this reader until then; null when it cannot (any more).
   */
  undoOutcomeUntil: z.iso.datetime().nullable(),
})
export type AppointmentViewer = z.infer<typeof appointmentViewerSchema>

export const appointmentSchema = z
  .object({
    id: z.uuid(),
    status: z.enum(APPOINTMENT_STATUSES),
    patient: personSchema,
    psychologist: personSchema,
    sessionTypeId: z.uuid().nullable(),
    mode: z.enum(SESSION_MODES).nullable(),
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    durationMinutes: z.number().int(),
    /** Integer rials, fixed at booking from the session type. */
    priceIrr: z.number().int(),
    /** A pending appointment holds its slot until then unless confirmed by payment. */
    holdExpiresAt: z.iso.datetime().nullable(),
    /** Shown to both sides from `joinOpensAt` (10 minutes before) until the end. */
    joinUrl: z.string().nullable(),
    joinOpensAt: z.iso.datetime().nullable(),
    cancelReason: z.string().nullable(),
    cancelledBy: z.enum(APPOINTMENT_ACTORS).nullable(),
    cancelledAt: z.iso.datetime().nullable(),
    /** When completed or no-show was recorded; null otherwise. */
    outcomeRecordedAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    /** Filled in by every /appointments route for the signed-in reader. */
    viewer: appointmentViewerSchema.optional(),
  })
  .meta({ id: 'Appointment' })
export type AppointmentView = z.infer<typeof appointmentSchema>

/** The platform's booking terms, so screens state the real numbers instead of fixed ones. */
export const appointmentPolicySchema = z
  .object({
    /** A patient may cancel or move a confirmed session until this many hours before it. */
    freeCancelHours: z.number().int(),
    /** A priced booking is held this long for its payment. */
    holdMinutes: z.number().int(),
  })
  .meta({ id: 'AppointmentPolicy' })
export type AppointmentPolicy = z.infer<typeof appointmentPolicySchema>

export const appointmentPageSchema = z.object({
  items: z.array(appointmentSchema),
  nextCursor: z.string().nullable(),
})

export const createNoteBodySchema = z.strictObject({
  content: z.string().trim().min(1).max(20_000),
  /** Private notes are seen only by their author and admins; shared ones also by the patient. */
  isPrivate: z.boolean().default(true),
})

/** An addendum amends a note: the note stays as written, the addendum follows it. */
export const createNoteAddendumBodySchema = z.strictObject({
  content: z.string().trim().min(1).max(20_000),
})
export const noteParamsSchema = z.strictObject({ id: z.uuid(), noteId: z.uuid() })

export const noteAddendumSchema = z
  .object({
    id: z.uuid(),
    noteId: z.uuid(),
    authorId: z.uuid().nullable(),
    content: z.string(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'NoteAddendum' })

export const appointmentNoteSchema = z
  .object({
    id: z.uuid(),
    appointmentId: z.uuid(),
    authorId: z.uuid().nullable(),
    isPrivate: z.boolean(),
    content: z.string(),
    createdAt: z.iso.datetime(),
    /** Oldest first; the note's visibility is theirs. */
    addenda: z.array(noteAddendumSchema),
  })
  .meta({ id: 'AppointmentNote' })

export const appointmentNoteListSchema = z.object({ items: z.array(appointmentNoteSchema) })
export type AppointmentNote = z.infer<typeof appointmentNoteSchema>
export type AppointmentPage = z.infer<typeof appointmentPageSchema>
export type AppointmentNoteList = z.infer<typeof appointmentNoteListSchema>
export type CreateNoteBody = z.input<typeof createNoteBodySchema>
export type CancelAppointmentBody = z.input<typeof cancelAppointmentBodySchema>
export type NoteAddendum = z.infer<typeof noteAddendumSchema>
export type CreateNoteAddendumBody = z.infer<typeof createNoteAddendumBodySchema>

/** One session on a patient summary: when, how and where it stands; nothing of its notes. */
export const patientSessionSchema = appointmentSchema
  .pick({ id: true, status: true, mode: true, startsAt: true, endsAt: true, durationMinutes: true })
  .meta({ id: 'PatientSession' })
export type PatientSession = z.infer<typeof patientSessionSchema>

/**
 * GET /patients/:patientId/summary: who the patient is and their sessions with the reader, their
 * treating psychologist. Upcoming soonest first, past (ended, cancelled) most recent first.
 */
export const patientSummarySchema = z
  .object({
    patient: personSchema,
    upcoming: z.array(patientSessionSchema),
    past: z.array(patientSessionSchema),
    /** More past sessions exist than the ones listed. */
    morePast: z.boolean(),
  })
  .meta({ id: 'PatientSummary' })
export type PatientSummary = z.infer<typeof patientSummarySchema>
