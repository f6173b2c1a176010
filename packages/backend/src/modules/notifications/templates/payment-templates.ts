import type { NotificationCategory } from '@yektayar/shared'
import type { Locale } from '../../../lib/app-error.ts'
import type { NotificationTemplate } from './notification-template.ts'
import { BRAND, formatToman, localized, numberParam } from './template-format.ts'

/**
 * Money notices. Params: `transactionId` and `amountIrr`. An amount and "YektaYar", never the
 * clinician or what was paid for; in discreet mode not even the app's name.
 */
interface PaymentWording {
  category: NotificationCategory
  title: Record<Locale, string>
  body: Record<Locale, (toman: string) => string>
  /** Discreet mode: what happened to how much, with no name at all. */
  bare: Record<Locale, (toman: string) => string>
}

function paymentTemplate(wording: PaymentWording): NotificationTemplate {
  return {
    category: wording.category,
    render: (params) => ({
      title: localized((locale) => wording.title[locale]),
      body: localized((locale) =>
        wording.body[locale](formatToman(numberParam(params, 'amountIrr'), locale)),
      ),
    }),
    discreetText(params, context) {
      const toman = formatToman(numberParam(params, 'amountIrr'), context.locale)
      if (context.discreet) return wording.bare[context.locale](toman)
      return `${wording.body[context.locale](toman)} — ${BRAND[context.locale]}`
    },
    // Grouping marks only: the digits have no spaces.
    smsTokens: (params, context) => [formatToman(numberParam(params, 'amountIrr'), context.locale)],
  }
}

export const paymentTemplates: Record<string, NotificationTemplate> = {
  'payment.receipt': paymentTemplate({
    category: 'payment_receipt',
    title: { fa: 'رسید پرداخت', en: 'Payment receipt' },
    body: {
      fa: (toman) => `پرداخت ${toman} تومان دریافت شد`,
      en: (toman) => `Your payment of ${toman} toman was received`,
    },
    bare: {
      fa: (toman) => `${toman} تومان دریافت شد`,
      en: (toman) => `${toman} toman received`,
    },
  }),
  'payment.refund': paymentTemplate({
    category: 'payment_refund',
    title: { fa: 'بازپرداخت', en: 'Refund' },
    body: {
      fa: (toman) =>
        `بازپرداخت ${toman} تومان انجام شد و بسته به بانک، تا چند روز کاری به حساب شما می‌رسد`,
      en: (toman) =>
        `Your refund of ${toman} toman was sent; depending on your bank it reaches your account within a few working days`,
    },
    bare: {
      fa: (toman) => `${toman} تومان به حساب شما بازگشت`,
      en: (toman) => `${toman} toman returned to your account`,
    },
  }),
}
