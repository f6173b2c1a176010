/** Only local paths may be a `next`: an open redirect would let a link send people anywhere. */
export function safeNextPath(next: string | null): string | null {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null
  return next
}
