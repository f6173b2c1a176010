import { modulePlugin } from '../../lib/module-plugin.ts'
import { companionDepsOf } from './companion-deps.ts'
import { registerCompanionJobs } from './companion-jobs.ts'
import { conversationRoutes } from './conversation.routes.ts'
import { sendRoutes } from './send.routes.ts'
import { sharedRoutes } from './shared.routes.ts'

/**
 * The AI companion (issue 19): a person's private conversations with a supportive companion
 * between sessions, streamed over server-sent events (reply-stream.ts says why). Every message
 * goes through the safety module first; providers live in integrations/ai. Reads appointments
 * (who treats whom, for sharing), writes the audit log, and opens "talk to a human" threads
 * through messaging.
 */
export const companionPlugin = modulePlugin(
  'companion',
  ['authenticate', 'audit', 'config', 'users', 'appointments', 'safety', 'messaging'],
  async (app) => {
    const deps = companionDepsOf(app)
    await registerCompanionJobs(deps, app.jobs)
    for (const routes of [conversationRoutes, sendRoutes, sharedRoutes]) {
      await app.register(routes, { deps })
    }
  },
)
