/** Strings of src/shared/: what more than one feature shows (names, statuses, profile fields). */
export const commonMessagesFa = {
  unnamed: 'بی‌نام',
  appointmentStatuses: {
    pending: 'در انتظار پرداخت',
    confirmed: 'قطعی',
    completed: 'برگزار شد',
    cancelled: 'لغو شد',
    no_show: 'غیبت',
  },
  sessionModes: { video: 'تصویری', phone: 'تلفنی', in_person: 'حضوری', text: 'متنی' },
  profile: {
    firstName: 'نام',
    lastName: 'نام خانوادگی',
    nickname: 'نام مستعار (اختیاری)',
    nicknameHint: 'نامی که دوست دارید با آن صدایتان کنند.',
    discreetMode: 'حالت محرمانه',
    discreetModeHint:
      'با روشن‌کردن این گزینه، روان‌شناسان و کارکنان به‌جای نام واقعی، نام مستعار شما را می‌بینند.',
    errors: {
      firstNameRequired: 'نام خود را وارد کنید.',
      lastNameRequired: 'نام خانوادگی خود را وارد کنید.',
      nicknameRequired: 'برای حالت محرمانه یک نام مستعار وارد کنید.',
      tooLong: 'حداکثر ۱۰۰ نویسه مجاز است.',
    },
  },
  languageLabel: 'زبان',
}
