import type { OutboxMessage } from './dev-outbox.ts'

/**
 * One console line per message the offline senders "sent", code included, so a developer signs
 * in without opening anything else. Only ever wired with the dev outbox on, which config refuses
 * beside a real SMS or email provider: a code that reached a person is never printed.
 */
export function outboxConsoleLine(message: OutboxMessage): string {
  const text = message.text.replace(/\s+/g, ' ').trim()
  return `[dev outbox] ${message.channel} to ${message.to}: ${text}`
}

export function printToConsole(message: OutboxMessage): void {
  process.stdout.write(`${outboxConsoleLine(message)}\n`)
}
