// Messaging's vocabulary and limits without zod, so front ends can import the values.

/** Longest message, in characters (Unicode code points, so an emoji counts once). */
export const MESSAGE_MAX_LENGTH = 4000
/** Most files one message carries. */
export const MESSAGE_MAX_ATTACHMENTS = 5
/** How long after sending its author may still edit a message. */
export const MESSAGE_EDIT_WINDOW_MS = 15 * 60 * 1000
/** A typing indicator that is not refreshed within this time is over. */
export const TYPING_EXPIRES_MS = 5000

export const THREAD_KINDS = ['direct', 'department'] as const
export type ThreadKind = (typeof THREAD_KINDS)[number]
export const THREAD_STATUSES = ['open', 'closed', 'archived'] as const
export type ThreadStatus = (typeof THREAD_STATUSES)[number]
export const PARTICIPANT_ROLES = ['owner', 'member', 'admin'] as const
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number]

export const INBOX_ASSIGNMENT_FILTERS = ['any', 'unassigned', 'mine'] as const
