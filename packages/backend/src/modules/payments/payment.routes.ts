import {
  createRefundBodySchema,
  idParamsSchema,
  initiatePaymentBodySchema,
  initiatePaymentResponseSchema,
  paymentCallbackQuerySchema,
  paymentHistoryPageSchema,
  paymentHistoryQuerySchema,
  paymentReceiptDetailSchema,
  paymentReceiptSchema,
  settleRefundBodySchema,
} from '@yektayar/shared'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { requestMetaOf } from '../../lib/request-meta.ts'
import { requirePermission } from '../../plugins/authenticate.ts'
import type { PaymentDeps } from './payment-deps.ts'
import { paymentHistory, paymentReceiptDetail, receiptOfRow } from './payment-history.ts'
import { initiatePayment } from './payment-initiate.service.ts'
import { resultPathOf } from './payment-return.ts'
import { type SettleResult, settlePayment } from './payment-settlement.ts'
import { createRefund, settleRefund } from './refund.service.ts'

const tags = ['payments']
const OWN = 'payments.read.own'
const MANAGE = 'payments.manage'
const idempotencyKey = z
  .string()
  .min(8)
  .max(100)
  .regex(/^[\w.:-]+$/)
  .optional()

/** Paying, the gateway's callback, history and refunds; payments.plugin.ts wires the rest. */
export const paymentRoutes: FastifyPluginAsyncZod<{ deps: PaymentDeps }> = async (
  app,
  { deps },
) => {
  const resultUrl = (result: SettleResult) => {
    const status = result.status === 'unknown_authority' ? 'failed' : result.status
    const transaction = 'transaction' in result ? `&transaction=${result.transaction.id}` : ''
    const path = resultPathOf('transaction' in result ? result.transaction.metadata : undefined)
    return `${deps.publicUrl}${path}?status=${status}${transaction}`
  }

  app.post(
    '/payments/initiate',
    {
      schema: {
        tags,
        summary: 'Start paying an appointment or buying a course',
        description:
          "`appointmentId`: the patient's own pending appointment whose hold still stands; the amount is the appointment's. An `Idempotency-Key` header makes a retry answer the same payment (422 IDEMPOTENCY_KEY_REUSED for another appointment). `courseId`: a published priced course not yet mine (404 otherwise; 409 COURSE_NOT_FOR_SALE when free or already bought), at the course's price; a retry answers the same pending payment, and the settled payment enrols me. Send the browser to `redirectUrl`.",
        body: initiatePaymentBodySchema.meta({
          'x-examples': {
            initiate: {
              summary: 'Pay a booked appointment',
              value: { appointmentId: '3f0c2b1a-9e8d-4c7b-a6f5-e4d3c2b1a098' },
            },
            course: {
              summary: 'Buy a priced course',
              value: { courseId: '5c2a1b0d-4e3f-4a6b-9c8d-7e6f5a4b3c21' },
            },
          },
        }),
        headers: z.object({ 'idempotency-key': idempotencyKey }),
        response: { 200: initiatePaymentResponseSchema },
      },
    },
    async (request) =>
      initiatePayment(deps, requirePermission(request, OWN), {
        ...request.body,
        idempotencyKey: request.headers['idempotency-key'],
      }),
  )

  // Reached by the payer's browser from the gateway: identified by the authority alone.
  for (const method of ['GET', 'POST'] as const) {
    app.route({
      method,
      url: '/payments/verify',
      schema: {
        tags,
        summary: 'Gateway callback',
        description:
          "Where the gateway returns the payer's browser: verifies once (replays credit nothing more) and redirects (303) to the web app's result page.",
        querystring: paymentCallbackQuerySchema,
      },
      handler: async (request, reply) => {
        const result = await settlePayment(deps, request.query.Authority)
        return reply.header('cache-control', 'no-store').redirect(resultUrl(result), 303)
      },
    })
  }

  app.get(
    '/payments/history',
    {
      schema: {
        tags,
        summary: 'My payments and refunds',
        description: 'Needs `payments.read.own`. Newest first, keyset-paginated.',
        querystring: paymentHistoryQuerySchema,
        response: { 200: paymentHistoryPageSchema },
      },
    },
    async (request) => paymentHistory(deps, requirePermission(request, OWN).userId, request.query),
  )

  app.get(
    '/payments/:id',
    {
      schema: {
        tags,
        summary: 'One of my receipts',
        description:
          "Needs `payments.read.own`. A payment or refund of the caller's own, with the session it paid for and, for a payment, its refunds. Someone else's answers 404.",
        params: idParamsSchema,
        response: { 200: paymentReceiptDetailSchema },
      },
    },
    async (request) =>
      paymentReceiptDetail(deps, requirePermission(request, OWN).userId, request.params.id),
  )

  app.post(
    '/payments/:id/refunds',
    {
      schema: {
        summary: 'Refund a payment',
        description:
          'Needs `payments.manage`. Creates a pending refund of at most what remains (422 REFUND_EXCEEDS_PAYMENT; the payment row is locked, so concurrent refunds cannot together exceed it), audited with the caller and their address.',
        tags,
        params: idParamsSchema,
        body: createRefundBodySchema,
        response: { 201: paymentReceiptSchema },
      },
    },
    async (request, reply) => {
      const auth = requirePermission(request, MANAGE)
      const refund = await createRefund(deps.care.db, {
        paymentId: request.params.id,
        ...request.body,
        actorId: auth.userId,
        meta: requestMetaOf(request),
      })
      return reply.code(201).send(await receiptOfRow(deps, refund))
    },
  )

  app.post(
    '/payments/refunds/:id/settle',
    {
      schema: {
        summary: 'Mark a refund paid out',
        description:
          'Needs `payments.manage`. Staff record that the money went back (with Zarinpal; the sandbox settles its refunds by itself); the patient is told by SMS or email.',
        tags,
        params: idParamsSchema,
        body: settleRefundBodySchema,
        response: { 200: paymentReceiptSchema },
      },
    },
    async (request) => {
      const auth = requirePermission(request, MANAGE)
      const settled = await settleRefund(deps, {
        refundId: request.params.id,
        note: request.body.note,
        actorId: auth.userId,
        meta: requestMetaOf(request),
      })
      return receiptOfRow(deps, settled)
    },
  )
}
