import type { ErrorText } from './error-text.ts'

/** The text people read for each code of Care: directory, availability, booking, appointments and notes, in both languages. */
export const CARE_ERROR_MESSAGES = {
  SLOT_TAKEN: {
    fa: 'این زمان همین حالا رزرو شد. لطفاً زمان دیگری را انتخاب کنید.',
    en: 'This time was just booked. Please choose another one.',
  },
  SLOT_UNAVAILABLE: {
    fa: 'این زمان جزو ساعت‌های کاری این روان‌شناس نیست.',
    en: 'This time is not among the psychologist’s available hours.',
  },
  BOOKING_IN_PAST: {
    fa: 'نمی‌توان برای زمانی که گذشته است نوبت گرفت.',
    en: 'You cannot book a time that has already passed.',
  },
  BOOKING_TOO_SOON: {
    fa: 'این زمان خیلی نزدیک است؛ زمانی دیرتر را انتخاب کنید.',
    en: 'This time is too soon; please choose a later one.',
  },
  BOOKING_TOO_FAR: {
    fa: 'هنوز نمی‌توان برای این تاریخ نوبت گرفت.',
    en: 'This date is too far ahead to book yet.',
  },
  HOLIDAY_BLOCKED: {
    fa: 'این روز تعطیل رسمی است و روان‌شناس در آن نوبت نمی‌دهد.',
    en: 'This day is an official holiday and the psychologist does not take bookings on it.',
  },
  SELF_BOOKING: {
    fa: 'نمی‌توانید با خودتان نوبت بگیرید.',
    en: 'You cannot book an appointment with yourself.',
  },
  INVALID_TRANSITION: {
    fa: 'این تغییر برای وضعیت فعلی نوبت ممکن نیست.',
    en: 'This change is not possible in the appointment’s current state.',
  },
  CANCEL_WINDOW_PASSED: {
    fa: 'مهلت لغو رایگان این نوبت گذشته است.',
    en: 'The free cancellation period for this appointment has passed.',
  },
  APPOINTMENT_NOT_STARTED: {
    fa: 'این نوبت هنوز شروع نشده است.',
    en: 'This appointment has not started yet.',
  },
  UNDO_WINDOW_PASSED: {
    fa: 'مهلت بازگرداندن نتیجهٔ این جلسه گذشته است.',
    en: 'The time to undo this session’s outcome has passed.',
  },
  FREE_INTRO_USED: {
    fa: 'شما جلسهٔ رایگان خود را با این روان‌شناس گرفته‌اید.',
    en: 'You have already had your free session with this psychologist.',
  },
  RANGE_TOO_LARGE: {
    fa: 'بازهٔ زمانی درخواستی بیش از ۶۲ روز است.',
    en: 'The requested range is longer than 62 days.',
  },
  RANGE_INVALID: {
    fa: 'پایان بازهٔ زمانی باید پس از آغاز آن باشد.',
    en: 'The end of the range must come after its start.',
  },
  DATE_OUT_OF_RANGE: {
    fa: 'این تاریخ در بازهٔ پذیرفتنی (سال‌های ۱۹۰۰ تا ۲۹۹۹ میلادی) نیست.',
    en: 'This date is outside the accepted range (years 1900 to 2999).',
  },
  INVALID_TIME_ZONE: {
    fa: 'منطقهٔ زمانی شناخته‌شده نیست.',
    en: 'That time zone is not known.',
  },
  SESSION_TYPE_UNAVAILABLE: {
    fa: 'این نوع جلسه دیگر ارائه نمی‌شود.',
    en: 'This session type is no longer offered.',
  },
} satisfies Record<string, ErrorText>
