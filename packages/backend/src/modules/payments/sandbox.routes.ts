import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppError } from '../../lib/app-error.ts'
import { findTransaction } from './payment.repository.ts'
import type { PaymentDeps } from './payment-deps.ts'
import { receiptOfRow } from './payment-history.ts'
import type { SandboxGateway } from './sandbox-gateway.ts'
import { SANDBOX_PAGE_CSP, sandboxPayPage } from './sandbox-page.ts'

const authorityParams = z.strictObject({ authority: z.string().regex(/^S[0-9a-f]{36}$/) })

/** The built-in sandbox gateway's pay page: plain links, no script, its own strict CSP. */
export function sandboxRoutes(gateway: SandboxGateway, deps: PaymentDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/payments/sandbox/:authority',
      { schema: { hide: true, params: authorityParams } },
      async (request, reply) => {
        const { authority } = request.params
        const payment = gateway.find(authority)
        if (!payment) throw new AppError('NOT_FOUND', 'unknown sandbox authority')
        const row = await findTransaction(deps.care.db, { authority })
        const appointment = row ? (await receiptOfRow(deps, row)).appointment : null
        return reply
          .header('content-security-policy', SANDBOX_PAGE_CSP)
          .header('cache-control', 'no-store')
          .type('text/html; charset=utf-8')
          .send(sandboxPayPage({ authority, amountIrr: payment.amountIrr, appointment }))
      },
    )
    app.get(
      '/payments/sandbox/:authority/complete',
      {
        schema: {
          hide: true,
          params: authorityParams,
          querystring: z.strictObject({ status: z.enum(['OK', 'NOK']) }),
        },
      },
      async (request, reply) => {
        const target = gateway.complete(request.params.authority, request.query.status === 'OK')
        if (!target) throw new AppError('NOT_FOUND', 'unknown sandbox authority')
        return reply.redirect(target, 303)
      },
    )
  }
}
