/** Runs at most `max` of the given tasks at once; the rest wait their turn, first come first served. */
export function concurrencyLimit(max: number) {
  let running = 0
  const waiting: (() => void)[] = []
  return async function limited<T>(task: () => Promise<T>): Promise<T> {
    if (running < max) running += 1
    else await new Promise<void>((resolve) => waiting.push(resolve))
    try {
      return await task()
    } finally {
      // Hand the slot straight to the next task, or give it back.
      const next = waiting.shift()
      if (next) next()
      else running -= 1
    }
  }
}
