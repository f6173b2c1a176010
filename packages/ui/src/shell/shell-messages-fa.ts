/** Persian strings of the frame both apps share (namespace `ui`, under `shell`). */
export const shellMessagesFa = {
  brand: 'یکتایار',
  skipToContent: 'رفتن به محتوای اصلی',
  notFound: {
    title: 'این صفحه پیدا نشد',
    body: 'شاید نشانی را اشتباه وارد کرده‌اید یا این صفحه جابه‌جا شده است.',
    action: 'بازگشت به صفحهٔ اصلی',
  },
  routeError: {
    title: 'این صفحه باز نشد',
    body: 'ممکن است نسخهٔ تازه‌ای از یکتایار منتشر شده باشد. صفحه را دوباره بارگذاری کنید.',
    action: 'بارگذاری دوباره',
  },
}
