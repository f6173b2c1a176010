/** What the fan-out driver tells each client process, and what each one reports back. */
export type FanoutClientSocket = {
  user: number
  origin: string
  /** Polling first, then WebSocket, as the web app connects; WebSocket only otherwise. */
  defaultTransports?: boolean
} & (
  | { role: 'sender' | 'receiver'; threadId: string }
  /** Only listens for `notification:new` in its user's room; the bench queues the jobs. */
  | { role: 'listener' }
)

export interface FanoutPlan {
  sockets: FanoutClientSocket[]
  /** Sends per second from this process's senders. */
  sendsPerSecond: number
  warmupMs: number
  durationMs: number
  /** At most this long for late messages after the last send; less once they stop coming. */
  drainMs: number
}

export interface FanoutReport {
  connectErrors: number
  disconnects: number
  /** Sends of the measured window answered `{ ok: true }`. */
  acked: number
  /** Sends of the measured window refused or unanswered. */
  nacked: number
  /** Distinct messages of the measured window that reached their receiver. */
  received: number
  duplicates: number
  /** Send-to-receive (or queued-to-receive) times in ms of the measured window's messages. */
  latenciesMs: number[]
}

export type FanoutMessage =
  | { type: 'plan'; plan: FanoutPlan }
  | { type: 'start'; at: number }
  /** Sent when the bench queued the notifications itself: this process's measured share. */
  | { type: 'expect'; count: number }
  | { type: 'ready' }
  | { type: 'report'; report: FanoutReport }

export const FANOUT_PREFIX = 'fanout:'
