/** The dashboard's course cards, added at runtime with the dashboard's chunk. */
export const dashboardCoursesMessagesFa = {
  continueTitle: 'ادامه از جایی که ماندید',
  next: 'درس بعدی: {{lesson}}',
  at: 'از دقیقهٔ {{time}}',
  continue: 'ادامهٔ درس',
  finishedTitle: 'دورهٔ «{{course}}» را تمام کردید',
  finishedBody: 'آفرین! هر وقت خواستید، دورهٔ تازه‌ای را شروع کنید.',
  none: 'هنوز دوره‌ای را شروع نکرده‌اید. مهارت‌های کوتاه برای خواب، نگرانی و آرامش در انتظار شماست.',
  browse: 'دیدن دوره‌ها',
  progress: 'پیشرفت {{percent}}',
  recommendedTitle: 'پیشنهاد روان‌شناس شما',
  recommendedBy: 'از طرف {{name}}',
  recommendedNone: 'روان‌شناس شما هنوز دوره‌ای پیشنهاد نکرده است.',
}
