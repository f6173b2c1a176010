/** Safety alerts in plain words, for on-call staff and psychologists, under `app.safetyAlerts`. */
export const alertMessagesFa = {
  reasons: {
    explicit_intent: 'از قصد پایان دادن به زندگی‌اش گفته',
    plan_or_means: 'از برنامه یا وسیله‌ای گفته',
    self_harm: 'از آسیب زدن به خودش گفته',
    farewell: 'حرف‌هایی شبیه خداحافظی',
    passive_wish: 'آرزوی نبودن',
    hopelessness: 'ناامیدی',
    reported_risk: 'از خطری برای کس دیگری خبر داده',
    phq9_item9: 'پاسخ بالاتر از صفر به سؤال ۹ پرسشنامهٔ PHQ-9',
    self_report_unsafe: 'خودش گفته در امان نیست یا مطمئن نیست',
  },
  status: {
    active: 'فعال',
    open: 'باز',
    acknowledged: 'در دست پیگیری',
    resolved: 'بسته‌شده',
  },
  safeNow: {
    yes: 'گفته در امان است',
    no: 'گفته در امان نیست',
    unsure: 'مطمئن نیست در امان باشد',
    none: 'هنوز به «در امانی؟» پاسخ نداده',
  },
  sources: {
    message: 'پیام',
    exercise_answer: 'پاسخ تمرین',
    assessment: 'پرسشنامه',
    check_in: 'حال‌سنجی',
    talk_now: 'درخواست گفت‌وگوی فوری',
    companion: 'همراه هوشمند',
  },
  escalated: 'ارجاع‌شده، مرحلهٔ {{tier}}',
  triggerCount: '{{formatted}} بار',
  justNow: 'همین حالا',
  agenda: {
    title: 'هشدارهای ایمنی بیماران شما',
    lead: 'تیم کشیک بالینی هم از این هشدارها باخبر است. با بیمارتان در تماس باشید.',
    message: 'پیام به بیمار',
  },
}
