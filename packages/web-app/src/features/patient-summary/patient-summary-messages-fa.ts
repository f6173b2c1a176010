import type { patientSummaryMessagesEn } from './patient-summary-messages-en.ts'

export const patientSummaryMessagesFa: typeof patientSummaryMessagesEn = {
  pageTitle: 'خلاصهٔ مراجع',
  back: 'بازگشت به برنامهٔ جلسات',
  lead: 'جلسه‌های شما با هم، پرسش‌نامه‌هایی که با شما به اشتراک می‌گذارد، دوره‌ها، مدارک و برنامهٔ ایمنی‌اش.',
  sessions: {
    title: 'جلسه‌ها با شما',
    upcoming: 'پیش رو',
    past: 'گذشته',
    noUpcoming: 'جلسه‌ای در پیش نیست.',
    noPast: 'هنوز جلسهٔ گذشته‌ای نیست.',
    morePast: 'فقط ۲۰ جلسهٔ آخر آمده است.',
  },
  modes: {
    video: 'تماس تصویری',
    phone: 'تماس تلفنی',
    in_person: 'حضوری',
    text: 'گفت‌وگوی متنی',
    unknown: 'نامشخص',
  },
  notFound: 'این فرد مراجع شما نیست، یا این صفحه دیگر وجود ندارد.',
  toAgenda: 'رفتن به برنامهٔ جلسات',
}
