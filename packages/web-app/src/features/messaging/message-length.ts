/** Characters as the server counts them: code points, so an emoji is one. */
export function characterCount(text: string): number {
  let count = 0
  for (const _ of text) count++
  return count
}

/** The counter appears from here on, so most messages never see it. */
export const COUNTER_FROM = 3_500
