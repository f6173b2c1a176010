export const shellMessagesFa = {
  tagline: 'همراه سلامت روان',
  nav: {
    label: 'بخش‌های حساب',
    dashboard: 'پیشخوان',
    psychologists: 'روان‌شناسان',
    appointments: 'نوبت‌های من',
    messages: 'پیام‌ها',
    payments: 'پرداخت‌ها',
    documents: 'مدارک من',
    courses: 'دوره‌ها',
    settings: 'تنظیمات',
    agenda: 'برنامهٔ جلسات',
    availability: 'ساعات کاری',
    practice: 'صفحهٔ حرفه‌ای',
    more: 'بیشتر',
    inbox: 'صندوق پشتیبانی',
  },
  home: 'صفحهٔ اصلی یکتایار',
  footer: '© {{year}} یکتایار. با دقت و مهربانی، برای سلامت روان.',
  update: {
    body: 'نسخهٔ تازه‌ای از یکتایار آماده است.',
    action: 'به‌روزرسانی',
    later: 'بعداً',
  },
  notices: {
    signedIn: 'خوش آمدید! با موفقیت وارد شدید.',
  },
}
