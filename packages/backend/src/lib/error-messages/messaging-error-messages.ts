import type { ErrorText } from './error-text.ts'

/** The text people read for each code of Messaging, in both languages. */
export const MESSAGING_ERROR_MESSAGES = {
  MESSAGE_RATE_LIMITED: {
    fa: 'پیام‌ها خیلی پشت سر هم فرستاده شدند؛ چند لحظه صبر کنید.',
    en: 'You are sending messages too fast; please wait a moment.',
  },
  THREAD_CLOSED: {
    fa: 'این گفتگو بسته شده است؛ برای ادامه آن را دوباره باز کنید.',
    en: 'This conversation is closed; reopen it to continue.',
  },
  MESSAGE_EDIT_EXPIRED: {
    fa: 'پیام را فقط تا ۱۵ دقیقه پس از ارسال می‌توان ویرایش کرد.',
    en: 'A message can only be edited within 15 minutes of sending it.',
  },
  CLIENT_ID_REUSED: {
    fa: 'این شناسهٔ پیام پیش‌تر برای گفتگوی دیگری به کار رفته است.',
    en: 'This message id was already used in another conversation.',
  },
  DIRECT_THREAD_NOT_ALLOWED: {
    fa: 'گفتگوی مستقیم فقط با روان‌شناسی ممکن است که با او نوبت دارید.',
    en: 'A direct conversation is only possible with a psychologist you have an appointment with.',
  },
  DEPARTMENT_UNKNOWN: {
    fa: 'این بخش پشتیبانی وجود ندارد.',
    en: 'There is no such support department.',
  },
  ASSIGNEE_INVALID: {
    fa: 'این شخص از کارکنان این بخش نیست.',
    en: 'This person is not on the staff of this department.',
  },
  THREAD_NOT_DEPARTMENT: {
    fa: 'گفتگوی مستقیم را نمی‌توان ارجاع داد یا به بخش دیگری فرستاد.',
    en: 'A direct conversation cannot be assigned or moved to a department.',
  },
  DEPARTMENT_STAFF_INVALID: {
    fa: 'فقط روان‌شناسان و مدیران می‌توانند پاسخگوی یک بخش باشند.',
    en: 'Only psychologists and administrators can answer a department.',
  },
  THREAD_NOT_JOINED: {
    fa: 'اول وارد این گفتگو شوید.',
    en: 'Join this conversation first.',
  },
  PARTICIPANT_INVALID: {
    fa: 'این شخص را نمی‌توان به این گفتگو افزود یا از آن حذف کرد.',
    en: 'This person cannot be added to or removed from this conversation.',
  },
} satisfies Record<string, ErrorText>
