/** The psychologist's assessments section, in Persian, under `app.assessmentCare`. */
export const assessmentCareMessagesFa = {
  title: 'پرسش‌نامه‌ها',
  lead: 'پرسش‌نامه‌ای بخواهید و نتیجه‌ها و روندی را که مراجع با شما به اشتراک گذاشته ببینید. هر بار دیدن ثبت می‌شود.',
  notYet: 'پس از نخستین جلسهٔ قطعی با این مراجع، پرسش‌نامه‌ها اینجا می‌آیند.',
  assign: {
    heading: 'درخواست پرسش‌نامه',
    instrument: 'پرسش‌نامه',
    recurrence: 'چند وقت یک‌بار',
    once: 'یک‌بار',
    every_session: 'پیش از هر جلسه',
    note: 'یادداشت برای مراجع (اختیاری)',
    submit: 'درخواست',
    done: 'درخواست فرستاده شد؛ مراجع باخبر می‌شود.',
  },
  assignments: {
    heading: 'درخواست‌های من',
    empty: 'هنوز پرسش‌نامه‌ای نخواسته‌اید.',
    pending: 'در انتظار پاسخ',
    answered: 'پاسخ داده شد',
    withdraw: 'پس گرفتن',
  },
  trends: {
    heading: 'روند',
    empty: 'هنوز نتیجه‌ای به اشتراک گذاشته نشده است.',
    chart: 'نمودار نمره‌های {{title}} بر حسب تاریخ',
  },
  results: {
    heading: 'آخرین نتیجه‌ها',
    score: '{{score}} از {{max}}',
    item9: 'پرسش ۹ بالاتر از صفر',
    profile: 'نیم‌رخ شخصیت',
  },
}
