/**
 * WebVTT captions are text, which file-type cannot recognise (it reads binary signatures), so
 * they get a rule of their own: a small UTF-8 file whose first line starts with `WEBVTT` (after
 * an optional byte-order mark) followed by nothing, a space, a tab or a line break, as the
 * WebVTT standard requires, and with no NUL byte anywhere. Anything that is not plainly
 * captions is refused rather than guessed at.
 */

/** Captions of a two-hour film are about 150 KB; more is not captions. */
export const MAX_WEBVTT_BYTES = 1024 * 1024

const SIGNATURE = /^\uFEFF?WEBVTT(?:[ \t\r\n]|$)/
const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

export function isWebVtt(bytes: Buffer): boolean {
  if (bytes.length === 0 || bytes.length > MAX_WEBVTT_BYTES || bytes.includes(0)) return false
  try {
    return SIGNATURE.test(strictUtf8.decode(bytes))
  } catch {
    return false
  }
}
