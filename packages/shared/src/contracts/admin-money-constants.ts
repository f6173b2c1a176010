// The vocabulary of the admin's money screens without zod, so front ends can import the values.

export const TRANSACTION_TYPES = ['payment', 'refund'] as const
export type TransactionType = (typeof TRANSACTION_TYPES)[number]

export const TRANSACTION_STATUSES = ['pending', 'completed', 'failed', 'refunded'] as const
export type TransactionStatus = (typeof TRANSACTION_STATUSES)[number]

export const PAYMENT_GATEWAYS = ['sandbox', 'zarinpal'] as const
export type PaymentGatewayName = (typeof PAYMENT_GATEWAYS)[number]
