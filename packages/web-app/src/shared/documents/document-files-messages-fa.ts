/** Strings of documents wherever they are listed: a patient's own page, their psychologist's. */
export const documentFilesMessagesFa = {
  kinds: { pdf: 'PDF', image: 'تصویر', file: 'فایل' },
  open: 'باز کردن',
  openNamed: 'باز کردن {{name}}',
  session: 'جلسهٔ {{date}}',
  psychologistView: {
    title: 'مدارک مراجع',
    lead: 'نامه‌ها، نتیجهٔ آزمایش‌ها و گزارش‌هایی که مراجع برای درمانش بارگذاری کرده است. هر بار فهرست یا باز کردن آن‌ها در گزارش دسترسی ثبت می‌شود.',
    list: 'مدارک مراجع',
    empty: 'مراجع هنوز مدرکی بارگذاری نکرده است.',
    notYet: 'مدارک مراجع پس از قطعی شدن نخستین جلسه با او این‌جا دیده می‌شود.',
    thisSession: 'برای همین جلسه',
    more: 'مدارک بیشتر',
  },
}
