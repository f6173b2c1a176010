/** The rules a note and an addendum share: one text field, checked as the server checks it. */

export const NOTE_MAX = 20_000
export const NOTE_SERVER_FIELDS = { 'body.content': 'content' } as const

/**
 * zodResolver options: an empty note is the one check worth making here (the shared schema
 * trims as the server does), named with its own message.
 */
export const NOTE_SCHEMA_OPTIONS = {
  error: (issue: { code?: string }) =>
    issue.code === 'too_small' ? 'appointments.notes.required' : undefined,
}
