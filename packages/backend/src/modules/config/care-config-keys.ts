import { z } from 'zod'
import { definitionOf } from './config-key-definition.ts'

/** 30 days: a reminder further ahead than that reminds nobody of anything. */
const MAX_REMINDER_MINUTES = 30 * 24 * 60

/** A list of whole minutes, each once; kept largest first, the order reminders go out in. */
const reminderMinutes = z
  .array(z.number().int().min(1).max(MAX_REMINDER_MINUTES))
  .min(1)
  .max(20)
  .refine((minutes) => new Set(minutes).size === minutes.length, {
    message: 'Each reminder time may appear only once',
  })
  .transform((minutes) => [...minutes].sort((a, b) => b - a))

/**
 * Booking and cancelling (issue 20, item 6). Each is read when it applies (a cancellation, a
 * booking, a slot listing), so a change holds for the next request on every instance; what was
 * already decided (a planned reminder, a hold's end) keeps the value it was decided with.
 */
export const careConfigKeys = {
  'care.freeCancelHours': definitionOf({
    group: 'care',
    schema: z.number().int().min(0).max(720),
    fallback: { from: 'env', read: (config) => config.care.freeCancelHours },
    description: {
      fa: 'بیمار تا این چند ساعت پیش از شروع جلسهٔ قطعی می‌تواند آن را لغو یا جابه‌جا کند و هزینه‌اش بازگردانده شود؛ پس از آن، لغو با بیمار ممکن نیست و در داشبورد لغو دیرهنگام شمرده می‌شود.',
      en: 'A patient may cancel or move a confirmed session, with a refund, until this many hours before it starts; later they cannot, and the dashboard counts such a cancellation as late.',
    },
    sensitive: false,
  }),
  'care.reminderMinutesBefore': definitionOf({
    group: 'care',
    schema: reminderMinutes,
    fallback: { from: 'env', read: (config) => config.care.reminderMinutesBefore },
    description: {
      fa: 'چند دقیقه پیش از جلسهٔ قطعی به بیمار یادآوری می‌شود؛ فهرستی از دقیقه‌ها (مثلاً ۱۴۴۰ و ۶۰ یعنی یک روز و یک ساعت پیش). برای جلسه‌هایی که از این پس قطعی یا جابه‌جا می‌شوند.',
      en: 'How many minutes before a confirmed session its patient is reminded: a list (1440 and 60 mean a day and an hour before). Applies to sessions confirmed or moved from now on.',
    },
    sensitive: false,
  }),
  'care.holdMinutes': definitionOf({
    group: 'care',
    schema: z.number().int().min(1).max(120),
    fallback: { from: 'env', read: (config) => config.care.holdMinutes },
    description: {
      fa: 'نوبت پولیِ رزروشده تا این چند دقیقه برای پرداخت نگه داشته می‌شود و پس از آن آزاد می‌شود.',
      en: 'How many minutes a booked, unpaid session holds its time for the payment before it is released.',
    },
    sensitive: false,
  }),
  'care.maxBookingHorizonDays': definitionOf({
    group: 'care',
    schema: z.number().int().min(1).max(365),
    fallback: { from: 'default', value: 365 },
    description: {
      fa: 'بیشترین فاصلهٔ روزی که می‌توان از امروز نوبت گرفت، برای همهٔ روان‌شناسان؛ هر روان‌شناس در برنامهٔ کاری خود بازهٔ کوتاه‌تری هم می‌تواند بگذارد.',
      en: 'The furthest ahead, in days, anyone may book, for every psychologist; each may set a shorter reach in their own schedule.',
    },
    sensitive: false,
  }),
}
