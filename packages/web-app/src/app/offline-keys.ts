import type { QueryKey } from '@tanstack/react-query'

/**
 * The screens a signed-in person can reread offline, beyond their session and account (which
 * the session layer always keeps): their appointments and agenda (times, names, statuses),
 * the dashboard's next session and unread count, a psychologist's own profile, and the
 * psychologist pages they opened, and a patient's safety plan (what a hard moment on a bad
 * connection needs most). Notes and conversations are never kept (see keepOfflineCopy);
 * payment receipts carry card digits and stay out too.
 */
export const OFFLINE_KEYS: readonly QueryKey[] = [
  ['appointments', 'list'],
  ['appointments', 'detail'],
  ['appointments', 'upcoming'],
  ['appointments', 'agenda'],
  ['threads', 'unread-total'],
  ['professionals', 'me'],
  ['professionals', 'detail'],
  ['safety', 'plan'],
]
