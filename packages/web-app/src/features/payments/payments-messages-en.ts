import type { paymentsMessagesFa } from './payments-messages-fa.ts'

export const paymentsMessagesEn: typeof paymentsMessagesFa = {
  statuses: {
    pending: 'Awaiting confirmation',
    completed: 'Paid',
    failed: 'Failed',
    refunded: 'Refunded',
  },
  types: { payment: 'Session payment', refund: 'Refund' },
  receipt: {
    amount: 'Amount',
    date: 'Date',
    reference: 'Reference',
    card: 'Card',
    status: 'Status',
    none: '—',
  },
  history: {
    pageTitle: 'Payments — YektaYar',
    title: 'Payments',
    lead: 'Receipts for all your payments and refunds, newest first.',
    emptyTitle: 'No payments yet',
    emptyBody: 'Once you book and pay for your first session, its receipt appears here.',
    find: 'Find a psychologist',
    more: 'Show older receipts',
  },
  result: {
    pageTitle: 'Payment result — YektaYar',
    success: {
      title: 'Payment successful',
      body: 'Your session is confirmed. Your receipt is below.',
    },
    failed: {
      title: 'The payment did not go through',
      body: 'Nothing was taken from your account and the time we held for you has been released. You can book again.',
    },
    pending: {
      title: 'Confirming your payment',
      body: 'The bank has not answered yet. Please wait a moment; this page updates by itself.',
      stillPending:
        'Confirming is taking longer than usual. If money left your account, within 72 hours the session is confirmed or the money is returned.',
      check: 'Check again',
    },
    receiptTitle: 'Payment receipt',
    appointments: 'My appointments',
    history: 'All payments',
    tryAgain: 'Try again',
    directory: 'Find a psychologist',
    signIn: 'Sign in to see your receipt',
  },
}
