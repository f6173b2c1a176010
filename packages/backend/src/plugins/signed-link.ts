import type { FastifyReply, FastifyRequest } from 'fastify'
import { AppError } from '../lib/app-error.ts'
import type { AuthContext } from '../lib/auth-context.ts'
import { requireAuth } from './authenticate.ts'

/**
 * The reader of a download a signed link may open (modules/sessions/session-link.ts): the
 * link's person when the request carries `?sig=`, whatever session comes with it; else the
 * session, or 401. A signature that stands for no live session answers NOT_FOUND, as whatever
 * its reader may not have does. Signed answers may be shown by another origin (the Android
 * app's pages come from the device), which the API's same-origin CORP would refuse; a
 * session's answers keep it.
 */
export async function requireAuthOrSignedLink(
  request: FastifyRequest,
  reply: FastifyReply,
  resource: string,
): Promise<AuthContext> {
  const signature = (request.query as { sig?: string } | undefined)?.sig
  if (signature === undefined) return requireAuth(request)
  const auth = await request.server.identity.links.resolve(resource, signature)
  if (!auth) throw new AppError('NOT_FOUND', 'no such link')
  reply.header('cross-origin-resource-policy', 'cross-origin')
  return auth
}
