// The AI companion's vocabularies without zod, so front ends can import the values (issue 19).

/** Who wrote a companion message. */
export const COMPANION_ROLES = ['user', 'assistant'] as const
export type CompanionRole = (typeof COMPANION_ROLES)[number]

/**
 * Where a reply stands. `streaming` while words arrive; `complete` when whole; `stopped` when the
 * person pressed stop (what arrived is kept); `unavailable` when the provider failed before or
 * during the reply (what arrived is kept, the client offers the offline companion and a human).
 * A person's own message is always `complete`.
 */
export const COMPANION_MESSAGE_STATUSES = [
  'streaming',
  'complete',
  'stopped',
  'unavailable',
] as const
export type CompanionMessageStatus = (typeof COMPANION_MESSAGE_STATUSES)[number]

/**
 * What kind of reply it is. `model`: written by the configured provider; `offline`: the scripted
 * offline companion; `crisis`: the fixed crisis answer written by people (no model was called);
 * `replaced`: a model reply the output check replaced (diagnosis or dosing).
 */
export const COMPANION_REPLY_KINDS = ['model', 'offline', 'crisis', 'replaced'] as const
export type CompanionReplyKind = (typeof COMPANION_REPLY_KINDS)[number]

/** How long a conversation is kept: until deleted, or each message 30 days after it was written. */
export const COMPANION_RETENTIONS = ['keep', 'delete_after_30_days'] as const
export type CompanionRetention = (typeof COMPANION_RETENTIONS)[number]

/** Why a model reply was replaced by the output check. */
export const COMPANION_REPLACED_REASONS = ['diagnosis', 'medication'] as const
export type CompanionReplacedReason = (typeof COMPANION_REPLACED_REASONS)[number]

/** Why the companion could not answer (mirrors the provider layer's CompanionUnavailableReason). */
export const COMPANION_UNAVAILABLE_REASONS = [
  'timeout',
  'rate_limited',
  'upstream_error',
  'refused',
  'malformed',
  'interrupted',
  'network',
  'busy',
] as const
export type CompanionUnavailableReason = (typeof COMPANION_UNAVAILABLE_REASONS)[number]

/** Where replies come from: the configured provider, or the offline companion the person chose. */
export const COMPANION_PROVIDER_CHOICES = ['configured', 'offline'] as const
export type CompanionProviderChoice = (typeof COMPANION_PROVIDER_CHOICES)[number]

/** The longest message a person may send, in characters. */
export const COMPANION_MESSAGE_MAX_CHARS = 4000
