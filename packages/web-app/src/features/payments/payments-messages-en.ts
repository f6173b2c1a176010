import type { paymentsMessagesFa } from './payments-messages-fa.ts'

export const paymentsMessagesEn: typeof paymentsMessagesFa = {
  statuses: {
    pending: 'Awaiting confirmation',
    completed: 'Paid',
    failed: 'Failed',
    refunded: 'Refunded',
  },
  refundStatuses: {
    pending: 'Requested',
    completed: 'Refunded',
    failed: 'Not done',
    refunded: 'Refunded',
  },
  types: { payment: 'Session payment', refund: 'Refund' },
  receipt: {
    amount: 'Amount',
    date: 'Date',
    reference: 'Reference',
    card: 'Card',
    status: 'Status',
    psychologist: 'Psychologist',
    session: 'Session',
    sessionTime: 'Session time',
    minutes: '{{minutes}} min',
    none: '—',
  },
  refund: {
    title: 'Refunds',
    requested: 'Refund requested',
    sent: 'Money sent back to your card',
    awaitingAutomatic: 'The payment gateway sends it back by itself within a few minutes.',
    awaitingStaff: 'Waiting for our team to pay it out. We will text you once it is sent.',
    arrives:
      'Depending on your bank it reaches your account within a few working days. We sent you a text too.',
    failed: 'This refund did not go through; please contact support.',
  },
  receiptPage: {
    pageTitle: 'Receipt — YektaYar',
    brand: 'YektaYar',
    paymentTitle: 'Payment receipt',
    refundTitle: 'Refund receipt',
    number: 'Receipt number',
    print: 'Print or save as PDF',
    printHint: 'For a PDF, choose “Save as PDF” in the print dialog.',
    back: 'All payments',
    notFoundTitle: 'Receipt not found',
    notFoundBody: 'The address may be wrong, or this receipt belongs to another account.',
  },
  history: {
    pageTitle: 'Payments — YektaYar',
    title: 'Payments',
    lead: 'Receipts for all your payments and refunds, newest first.',
    emptyTitle: 'No payments yet',
    emptyBody: 'Once you book and pay for your first session, its receipt appears here.',
    find: 'Find a psychologist',
    more: 'Show older receipts',
    open: 'View receipt',
  },
  result: {
    pageTitle: 'Payment result — YektaYar',
    success: {
      title: 'Payment successful',
      body: 'Your session is confirmed. Your receipt is below.',
    },
    failed: {
      title: 'The payment did not go through',
      body: 'Nothing was taken from your account.',
      held: 'Nothing was taken from your account. We hold this time for you until {{time}}; you can pay again.',
      released:
        'Nothing was taken from your account and the time we held for you has been released. You can book again.',
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
    payAgain: 'Pay again',
    tryAgain: 'Book again',
    directory: 'Find a psychologist',
    signIn: 'Sign in to see your receipt',
  },
}
