/** Strings of the pieces under src/shared, which several features use. */
export const sharedMessagesFa = {
  noPermission: {
    title: 'دسترسی ندارید',
    body: 'برای دیدن این بخش به مجوز «{{permission}}» نیاز دارید. از مدیر سامانه بخواهید آن را به شما بدهد.',
  },
  dialog: {
    close: 'بستن',
  },
  dayField: {
    pick: 'انتخاب «{{label}}» در تقویم',
    calendar: 'روز «{{label}}» را انتخاب کنید',
    choosable: 'قابل انتخاب',
  },
}
