import { startApp } from './app.ts'
import { startRawNode } from './raw-node.ts'
import type { StartServer } from './server.ts'

/** Every server a scenario can target; the runner starts each one at most once per run. */
export const servers = {
  'raw-node': startRawNode,
  app: startApp,
} satisfies Record<string, StartServer>

export type ServerName = keyof typeof servers
