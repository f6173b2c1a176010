import type { AuthContext } from '../../lib/auth-context.ts'
import type { CompanionDeps } from './companion-deps.ts'
import { requireOwnConversation } from './conversation.service.ts'

/**
 * The person's stop: the reply's run stops wherever it runs (reply-registry.ts) and stores what
 * arrived as `stopped`. Nothing streaming is not an error.
 */
export async function stopReply(deps: CompanionDeps, auth: AuthContext, conversationId: string) {
  await requireOwnConversation(deps, auth, conversationId)
  const local = deps.replies.get(conversationId)
  await deps.replies.stop(conversationId)
  // Here, the stop returns once the reply is stored, so a read right after sees it stopped.
  await local?.final
}
