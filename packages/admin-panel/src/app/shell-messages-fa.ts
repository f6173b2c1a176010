export const shellMessagesFa = {
  tagline: 'پنل مدیریت',
  home: 'پیشخوان پنل مدیریت',
  footer: '© {{year}} یکتایار. پنل مدیریت؛ فقط برای کارکنان.',
  nav: {
    label: 'بخش‌های پنل',
    dashboard: 'پیشخوان',
    courses: 'دوره‌ها',
    announcements: 'اطلاعیه‌ها',
    notificationDeliveries: 'گزارش ارسال اعلان‌ها',
    companionFigures: 'آمار همراه هوشمند',
    configuration: 'پیکربندی',
    holidays: 'تعطیلات',
    people: 'افراد',
    access: 'دسترسی‌ها',
    auditLog: 'گزارش رویدادها',
  },
  notices: {
    signedIn: 'با موفقیت وارد پنل مدیریت شدید.',
  },
}
