/** Strings of the pieces under src/shared, which several features use. */
export const sharedMessagesFa = {
  noPermission: {
    title: 'دسترسی ندارید',
    body: 'برای دیدن این بخش به مجوز «{{permission}}» نیاز دارید. از مدیر سامانه بخواهید آن را به شما بدهد.',
  },
  dialog: {
    close: 'بستن',
  },
  person: {
    label: 'شخص',
    search: 'جست‌وجوی شخص با نام یا شماره',
    searchHint: 'دست‌کم دو نویسه بنویسید؛ شناسه‌ی کاربر را هم می‌توانید بچسبانید.',
    id: 'شناسه‌ی کاربر',
    results: 'نتیجه‌های جست‌وجو',
    none: 'کسی با این نام یا شماره پیدا نشد.',
    clear: 'برداشتن شخص',
    unnamed: 'بی‌نام',
  },
  dayField: {
    pick: 'انتخاب «{{label}}» در تقویم',
    calendar: 'روز «{{label}}» را انتخاب کنید',
    choosable: 'قابل انتخاب',
  },
}
