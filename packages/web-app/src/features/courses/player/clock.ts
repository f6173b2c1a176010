/** Seconds as m:ss (a lesson's length, a video position), digits left for the caller to localise. */
export function clockOf(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds))
  const minutes = Math.floor(whole / 60)
  return `${minutes}:${String(whole % 60).padStart(2, '0')}`
}
