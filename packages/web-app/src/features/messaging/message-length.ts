// Mirrors of packages/shared/src/contracts/messaging.ts. Copied rather than imported: a value
// import from @yektayar/shared would bring zod (its schemas) into the page's JavaScript.

/** Longest message, in characters (code points). */
export const MESSAGE_MAX_LENGTH = 4000
/** How long after sending its author may still edit a message. */
export const MESSAGE_EDIT_WINDOW_MS = 15 * 60 * 1000
/** A typing indicator that is not refreshed within this time is over. */
export const TYPING_EXPIRES_MS = 5000

/** Characters as the server counts them: code points, so an emoji is one. */
export function characterCount(text: string): number {
  let count = 0
  for (const _ of text) count++
  return count
}

/** The counter appears from here on, so most messages never see it. */
export const COUNTER_FROM = 3_500
