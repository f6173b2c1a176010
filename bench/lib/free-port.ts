import { createServer } from 'node:net'

/**
 * Asks the kernel for a free port, then releases it for the child. A tiny race, but the app
 * logs at warn level, so a child choosing port 0 could not tell us which port it got.
 */
export function freePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.once('error', reject)
    server.listen(0, host, () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => (port ? resolve(port) : reject(new Error('no free port'))))
    })
  })
}
