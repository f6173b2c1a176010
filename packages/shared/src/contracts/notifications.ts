import { z } from 'zod'
import { pageQueryFields, uuidSchema } from './common.ts'
import {
  ANNOUNCEMENT_AUDIENCES,
  ANNOUNCEMENT_STATUSES,
  DELIVERY_STATUSES,
  NOTIFICATION_CATEGORIES,
  NOTIFICATION_CHANNELS,
  SWITCHABLE_CHANNELS,
} from './notification-constants.ts'

export * from './notification-constants.ts'

const isoTime = z.string()

export const notificationCategorySchema = z.enum(NOTIFICATION_CATEGORIES)
export const notificationChannelSchema = z.enum(NOTIFICATION_CHANNELS)
export const deliveryStatusSchema = z.enum(DELIVERY_STATUSES)
export const announcementAudienceSchema = z.enum(ANNOUNCEMENT_AUDIENCES)

/** One notification in the reader's language (Accept-Language, else their preference). */
export const notificationSchema = z
  .object({
    id: uuidSchema,
    category: notificationCategorySchema,
    title: z.string(),
    body: z.string(),
    /** An app path to open on click (`/appointments/…`), never an outside address. */
    link: z.string().nullable(),
    createdAt: isoTime,
    readAt: isoTime.nullable(),
  })
  .meta({ id: 'Notification' })
export type NotificationView = z.infer<typeof notificationSchema>

/** GET /notifications: newest first; `unread=true` keeps only the unread. */
export const notificationListQuerySchema = z.strictObject({
  unread: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
  ...pageQueryFields(50),
})
export type NotificationListQuery = z.input<typeof notificationListQuerySchema>

export const notificationPageSchema = z.object({
  items: z.array(notificationSchema),
  nextCursor: z.string().nullable(),
  unreadCount: z.number().int(),
})
export type NotificationPage = z.infer<typeof notificationPageSchema>

/** GET /notifications/unread-count, and the answer of the mark-read routes. */
export const unreadCountSchema = z.object({ unreadCount: z.number().int() })
export type UnreadCount = z.infer<typeof unreadCountSchema>

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'TIME_INVALID')
const channelSwitchesSchema = z.strictObject(
  Object.fromEntries(SWITCHABLE_CHANNELS.map((c) => [c, z.boolean()])) as Record<
    (typeof SWITCHABLE_CHANNELS)[number],
    z.ZodBoolean
  >,
)
export const quietHoursSchema = z.strictObject({
  enabled: z.boolean(),
  start: clockTime,
  end: clockTime,
})
export type QuietHours = z.infer<typeof quietHoursSchema>

/** GET /notifications/preferences: every category with its switches, filled from the defaults. */
export const notificationPreferencesSchema = z
  .object({
    categories: z.record(notificationCategorySchema, channelSwitchesSchema),
    quietHours: quietHoursSchema,
    /** users.preferences.discreetMode: texts that can be seen by others name only the time. */
    discreetMode: z.boolean(),
    /** users.preferences.timeZone, which quiet hours are read in. */
    timeZone: z.string(),
    /** Whether this server can send Web Push at all (VAPID keys configured). */
    pushAvailable: z.boolean(),
  })
  .meta({ id: 'NotificationPreferences' })
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>

/** PATCH /notifications/preferences: any part; categories merge per category. */
export const notificationPreferencesPatchSchema = z.strictObject({
  categories: z
    .partialRecord(notificationCategorySchema, channelSwitchesSchema.partial())
    .optional(),
  quietHours: quietHoursSchema.optional(),
  discreetMode: z.boolean().optional(),
})
export type NotificationPreferencesPatch = z.infer<typeof notificationPreferencesPatchSchema>

/** POST /notifications/push-subscriptions: a browser's PushSubscription.toJSON(). */
export const pushSubscriptionBodySchema = z.strictObject({
  endpoint: z.url({ protocol: /^https$/ }).max(2000),
  expirationTime: z.number().int().nullable().optional(),
  keys: z.strictObject({
    p256dh: z.string().regex(/^[A-Za-z0-9_-]{80,100}={0,2}$/),
    auth: z.string().regex(/^[A-Za-z0-9_-]{16,30}={0,2}$/),
  }),
})
export type PushSubscriptionBody = z.infer<typeof pushSubscriptionBodySchema>

/** DELETE /notifications/push-subscriptions */
export const pushUnsubscribeBodySchema = z.strictObject({ endpoint: z.url().max(2000) })

/** GET /notifications/push-config: the VAPID public key, or null when push is off here. */
export const pushConfigSchema = z.object({ publicKey: z.string().nullable() })
export type PushConfig = z.infer<typeof pushConfigSchema>

// ---- Admin: announcements and the delivery log ----

const localizedText = (max: number) =>
  z.strictObject({ fa: z.string().trim().min(1).max(max), en: z.string().trim().min(1).max(max) })

/** POST /admin/announcements: now, or at `sendAt` (in the future). */
export const createAnnouncementBodySchema = z.strictObject({
  audience: announcementAudienceSchema,
  title: localizedText(120),
  body: localizedText(1000),
  sendAt: z.iso.datetime({ offset: true }).optional(),
})
export type CreateAnnouncementBody = z.infer<typeof createAnnouncementBodySchema>

export const announcementSchema = z
  .object({
    id: uuidSchema,
    audience: announcementAudienceSchema,
    title: z.object({ fa: z.string(), en: z.string() }),
    body: z.object({ fa: z.string(), en: z.string() }),
    sendAt: isoTime,
    status: z.enum(ANNOUNCEMENT_STATUSES),
    recipientCount: z.number().int().nullable(),
    createdBy: uuidSchema.nullable(),
    createdAt: isoTime,
  })
  .meta({ id: 'Announcement' })
export type Announcement = z.infer<typeof announcementSchema>
export const announcementPageSchema = z.object({
  items: z.array(announcementSchema),
  nextCursor: z.string().nullable(),
})
export type AnnouncementPage = z.infer<typeof announcementPageSchema>

/** GET /admin/notification-deliveries */
export const deliveryListQuerySchema = z.strictObject({
  userId: uuidSchema.optional(),
  channel: notificationChannelSchema.optional(),
  status: deliveryStatusSchema.optional(),
  ...pageQueryFields(100),
})
export type DeliveryListQuery = z.input<typeof deliveryListQuerySchema>

/** A delivery as admins see it: never the text itself, which may be personal. */
export const deliverySchema = z
  .object({
    id: uuidSchema,
    notificationId: uuidSchema,
    userId: uuidSchema,
    category: notificationCategorySchema,
    channel: notificationChannelSchema,
    status: deliveryStatusSchema,
    attempts: z.number().int(),
    providerMessageId: z.string().nullable(),
    error: z.string().nullable(),
    nextTryAt: isoTime.nullable(),
    sentAt: isoTime.nullable(),
    createdAt: isoTime,
  })
  .meta({ id: 'NotificationDelivery' })
export type Delivery = z.infer<typeof deliverySchema>
export const deliveryPageSchema = z.object({
  items: z.array(deliverySchema),
  nextCursor: z.string().nullable(),
})
export type DeliveryPage = z.infer<typeof deliveryPageSchema>

// ---- Socket.IO (server → client, to the user's room: every tab and device) ----

export const notificationNewEventSchema = z.object({
  notification: notificationSchema,
  unreadCount: z.number().int(),
})
export type NotificationNewEvent = z.infer<typeof notificationNewEventSchema>

export const appointmentReminderEventSchema = z.object({
  appointmentId: uuidSchema,
  startsAt: isoTime,
  notificationId: uuidSchema,
})
export type AppointmentReminderEvent = z.infer<typeof appointmentReminderEventSchema>

export const systemAnnouncementEventSchema = z.object({
  announcementId: uuidSchema,
  notificationId: uuidSchema,
  title: z.string(),
  body: z.string(),
})
export type SystemAnnouncementEvent = z.infer<typeof systemAnnouncementEventSchema>

/** Notification events the server emits. */
export interface NotificationServerEvents {
  'notification:new': (event: NotificationNewEvent) => void
  'appointment:reminder': (event: AppointmentReminderEvent) => void
  'system:announcement': (event: SystemAnnouncementEvent) => void
  /** Another tab or device read some: the badge follows everywhere. */
  'notification:read': (event: UnreadCount) => void
}
