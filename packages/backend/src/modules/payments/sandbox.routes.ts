import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppError } from '../../lib/app-error.ts'
import type { SandboxGateway } from './sandbox-gateway.ts'

const PAGE_CSP =
  "default-src 'none'; style-src 'none'; img-src 'none'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

const authorityParams = z.strictObject({ authority: z.string().regex(/^S[0-9a-f]{36}$/) })

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

function payPage(authority: string, amountIrr: number, description: string): string {
  const base = `/api/v1/payments/sandbox/${authority}`
  const toman = Math.floor(amountIrr / 10).toLocaleString('fa-IR')
  return `<!doctype html>
<html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>درگاه آزمایشی یکتایار</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>درگاه پرداخت آزمایشی</h1>
<p>${escapeHtml(description)}</p>
<p>مبلغ: <strong>${toman}</strong> تومان (${amountIrr} ریال)</p>
<p>این درگاه آزمایشی است و پولی جابه‌جا نمی‌شود.</p>
<p><a id="pay" href="${base}/complete?status=OK">پرداخت موفق</a></p>
<p><a id="fail" href="${base}/complete?status=NOK">انصراف / پرداخت ناموفق</a></p>
</main></body></html>`
}

/** The built-in sandbox gateway's pay page: plain links, no script, its own strict CSP. */
export function sandboxRoutes(gateway: SandboxGateway): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/payments/sandbox/:authority',
      { schema: { hide: true, params: authorityParams } },
      async (request, reply) => {
        const payment = gateway.find(request.params.authority)
        if (!payment) throw new AppError('NOT_FOUND', 'unknown sandbox authority')
        return reply
          .header('content-security-policy', PAGE_CSP)
          .header('cache-control', 'no-store')
          .type('text/html; charset=utf-8')
          .send(payPage(request.params.authority, payment.amountIrr, payment.description))
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
