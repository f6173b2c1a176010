/** Persian strings of the offline layer (namespace `ui`, under `offline`). */
export const offlineMessagesFa = {
  title: 'اتصال اینترنت برقرار نیست.',
  body: 'آنچه پیش‌تر دیده‌اید را همچنان می‌بینید. نوبت گرفتن، لغو، پرداخت، خروج از حساب و تغییر تنظیمات به اینترنت نیاز دارد.',
  needsConnection: 'به اینترنت نیاز دارد',
}
