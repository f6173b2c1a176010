import { createServer, type Server, Socket } from 'node:net'

/**
 * A TCP proxy a test can cut and restore, to play a database that becomes unreachable while
 * the app runs: cut() drops every open connection and refuses new ones until restore().
 */
export class TcpProxy {
  #sockets = new Set<Socket>()
  #cut = false

  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  static async start(target: { host: string; port: number }): Promise<TcpProxy> {
    let proxy: TcpProxy | undefined
    const server = createServer((client) => proxy?.accept(client, target))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const address = server.address()
    proxy = new TcpProxy(server, typeof address === 'object' && address ? address.port : 0)
    return proxy
  }

  private accept(client: Socket, target: { host: string; port: number }) {
    if (this.#cut) {
      client.destroy()
      return
    }
    const upstream = new Socket()
    for (const socket of [client, upstream]) {
      this.#sockets.add(socket)
      socket.on('close', () => this.#sockets.delete(socket))
      socket.on('error', () => {
        client.destroy()
        upstream.destroy()
      })
    }
    upstream.connect(target.port, target.host, () => {
      client.pipe(upstream)
      upstream.pipe(client)
    })
  }

  cut(): void {
    this.#cut = true
    for (const socket of this.#sockets) socket.destroy()
  }

  restore(): void {
    this.#cut = false
  }

  async close(): Promise<void> {
    this.cut()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }
}
