import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { localeOf } from '../../../lib/locale.ts'
import { UNSUBSCRIBE_PATH } from './email-channel-sender.ts'
import { unsubscribeByLink, unsubscribeGrantOf } from './unsubscribe.service.ts'
import {
  UNSUBSCRIBE_PAGE_CSP,
  unsubscribeConfirmPage,
  unsubscribeDonePage,
} from './unsubscribe-page.ts'

const tags = ['notifications']
const querystring = z.strictObject({
  token: z.string().min(1).max(500),
  lang: z.enum(['fa', 'en']).optional(),
})
// Signed by the link itself: no session, no CSRF token (a mail client has neither), and staff
// who still owe a TOTP enrolment may use it too.
const config = { csrfExempt: true, allowBeforeTotpSetup: true }

/**
 * The email unsubscribe link. GET shows a confirm button (mail scanners open links); POST
 * switches that category's email off, from that form or as RFC 8058 one-click, whose body
 * (`List-Unsubscribe=One-Click`, form-encoded or multipart) carries nothing we need.
 */
export const unsubscribeRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database
  const secret = app.config.channels.unsubscribeSecret
  for (const type of ['application/x-www-form-urlencoded', 'multipart/form-data']) {
    app.addContentTypeParser(
      type,
      { parseAs: 'buffer', bodyLimit: 4096 },
      (_request, _body, done) => done(null, {}),
    )
  }

  app.get(
    '/notifications/unsubscribe',
    {
      config,
      schema: {
        tags,
        summary: 'Email unsubscribe page',
        description:
          'HTML asking to confirm; 400 UNSUBSCRIBE_TOKEN_INVALID for a malformed or forged token.',
        querystring,
      },
    },
    async (request, reply) => {
      const { token, lang } = request.query
      const { category } = unsubscribeGrantOf(secret, token)
      const action = `${UNSUBSCRIBE_PATH}?${new URLSearchParams(request.query)}`
      const html = unsubscribeConfirmPage(lang ?? localeOf(request), category, action)
      return sendPage(reply, html)
    },
  )

  app.post(
    '/notifications/unsubscribe',
    {
      config,
      schema: {
        tags,
        summary: 'Unsubscribe by email link',
        description:
          'Switches the email of the token’s category off for its owner, without signing in (also RFC 8058 one-click). Answers an HTML page.',
        querystring,
      },
    },
    async (request, reply) => {
      const { token, lang } = request.query
      const category = await unsubscribeByLink(db, secret, token)
      return sendPage(reply, unsubscribeDonePage(lang ?? localeOf(request), category))
    },
  )
}

function sendPage(reply: import('fastify').FastifyReply, html: string) {
  return reply
    .header('content-security-policy', UNSUBSCRIBE_PAGE_CSP)
    .header('cache-control', 'no-store')
    .header('referrer-policy', 'no-referrer')
    .type('text/html; charset=utf-8')
    .send(html)
}
