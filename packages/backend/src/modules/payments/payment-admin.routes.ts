import {
  adminPaymentDetailSchema,
  adminPaymentExportQuerySchema,
  adminPaymentPageSchema,
  adminPaymentQuerySchema,
  idParamsSchema,
} from '@yektayar/shared'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { replyWithCsv } from '../../lib/csv-reply.ts'
import { requestMetaOf } from '../../lib/request-meta.ts'
import { requirePermission } from '../../plugins/authenticate.ts'
import {
  exportPaymentsCsv,
  listPaymentsForAdmin,
  paymentForAdmin,
} from './payment-admin.service.ts'
import type { PaymentDeps } from './payment-deps.ts'
import { verifyPaymentAgain } from './payment-verify-again.ts'

const tags = ['payments']
const MANAGE = 'payments.manage'
const FILTERS =
  "Filter by type, status, gateway, `reference` (authority or reference id, exact), amount in rials (`minIrr`, `maxIrr`), Tehran days of creation (`from`, `to`, inclusive), payer (`userId`) and `stale=true` (pending payments past the reconciler's ten minutes)."

/** The admin panel's payments: everyone's, filtered, exported, and verified again. */
export const paymentAdminRoutes: FastifyPluginAsyncZod<{ deps: PaymentDeps }> = async (
  app,
  { deps },
) => {
  const db = deps.care.db

  app.get(
    '/admin/payments',
    {
      schema: {
        tags,
        summary: 'Every payment and refund',
        description: `Needs \`${MANAGE}\`. ${FILTERS} Newest first, keyset-paginated; pending payments carry their reconciliation state.`,
        querystring: adminPaymentQuerySchema,
        response: { 200: adminPaymentPageSchema },
      },
    },
    async (request) => {
      requirePermission(request, MANAGE)
      return listPaymentsForAdmin(db, request.query)
    },
  )

  app.get(
    '/admin/payments/export',
    {
      schema: {
        tags,
        summary: 'Export the filtered payments as CSV',
        description: `Needs \`${MANAGE}\`. The list's filters; UTF-8 with a byte order mark, Persian headers, amounts in toman; streamed in keyset batches. Audited (\`payment.export\`).`,
        querystring: adminPaymentExportQuerySchema,
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, MANAGE)
      const lines = await exportPaymentsCsv(db, actor, request.query, requestMetaOf(request))
      return replyWithCsv(reply, 'payments', lines)
    },
  )

  app.get(
    '/admin/payments/:id',
    {
      schema: {
        tags,
        summary: 'One payment with its refunds',
        description: `Needs \`${MANAGE}\`. With what is left to refund; refunds go through POST /payments/{id}/refunds.`,
        params: idParamsSchema,
        response: { 200: adminPaymentDetailSchema },
      },
    },
    async (request) => {
      requirePermission(request, MANAGE)
      return paymentForAdmin(db, request.params.id)
    },
  )

  app.post(
    '/admin/payments/:id/verify',
    {
      schema: {
        tags,
        summary: 'Verify a pending payment again now',
        description: `Needs \`${MANAGE}\`. What the reconciler does every two minutes, for this payment now: asks the gateway and settles it as the callback would. 409 PAYMENT_NOT_PENDING once settled. Audited (\`payment.verify_again\`).`,
        params: idParamsSchema,
        response: { 200: adminPaymentDetailSchema },
      },
    },
    async (request) => {
      const actor = requirePermission(request, MANAGE)
      return verifyPaymentAgain(deps, actor, request.params.id, requestMetaOf(request))
    },
  )
}
