import type { RouteObject } from 'react-router'

/** Where the gateway returns the browser: open to all, it reads the receipt when signed in. */
export const paymentResultRoutes: RouteObject[] = [
  {
    path: 'payments/result',
    lazy: async () => ({
      Component: (await import('./components/payment-result-page.tsx')).PaymentResultPage,
    }),
  },
]

/** Signed in only. */
export const paymentRoutes: RouteObject[] = [
  {
    path: 'payments',
    lazy: async () => ({
      Component: (await import('./components/payment-history-page.tsx')).PaymentHistoryPage,
    }),
  },
  {
    path: 'payments/:id',
    lazy: async () => ({
      Component: (await import('./components/receipt-page.tsx')).ReceiptPage,
    }),
  },
]
