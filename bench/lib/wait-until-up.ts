import type { ChildServer } from './child-server.ts'

const POLL_MS = 100

/**
 * Polls `url` until it answers 200. Fails at once if the child exits, printing its last output,
 * so a boot error is shown instead of a timeout.
 */
export async function waitUntilUp(url: string, server: ChildServer, timeoutMs: number) {
  let exitedWith: string | undefined
  void server.exited.then((code) => {
    exitedWith = code
  })
  const deadline = Date.now() + timeoutMs
  let lastProblem = 'no answer yet'
  while (Date.now() < deadline) {
    if (exitedWith !== undefined) {
      throw new Error(
        `server exited (${exitedWith}) before ${url} answered:\n${server.outputTail()}`,
      )
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1_000) })
      await response.arrayBuffer()
      if (response.status === 200) return
      lastProblem = `status ${response.status}`
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error)
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
  await server.stop()
  throw new Error(
    `${url} did not answer 200 within ${timeoutMs} ms (${lastProblem}):\n${server.outputTail()}`,
  )
}
