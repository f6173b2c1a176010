import type { ErrorText } from './error-text.ts'

/** The text people read for each code of Files, in both languages. */
export const FILES_ERROR_MESSAGES = {
  FILE_TOO_LARGE: {
    fa: 'حجم یا ابعاد این فایل بیش از حد مجاز است.',
    en: 'This file is too large (in size or dimensions) for this use.',
  },
  FILE_TYPE_NOT_ALLOWED: {
    fa: 'این نوع فایل این‌جا پذیرفته نمی‌شود.',
    en: 'This type of file is not accepted here.',
  },
  FILE_UNREADABLE: {
    fa: 'فایل آسیب دیده است یا خوانده نمی‌شود.',
    en: 'The file is damaged or could not be read.',
  },
  UPLOAD_MALFORMED: {
    fa: 'فرم بارگذاری معتبر نیست؛ یک فایل همراه با کاربرد آن بفرستید.',
    en: 'The upload is not valid; send one file with its purpose.',
  },
  FILE_QUOTA_EXCEEDED: {
    fa: 'فضای شما برای این نوع فایل پر شده است.',
    en: 'Your storage for this kind of file is full.',
  },
  FILE_NOT_USABLE: {
    fa: 'این فایل را نمی‌توان این‌جا به کار برد.',
    en: 'This file cannot be used here.',
  },
  RANGE_NOT_SATISFIABLE: {
    fa: 'بخش درخواست‌شده از فایل وجود ندارد.',
    en: 'The requested part of the file does not exist.',
  },
} satisfies Record<string, ErrorText>
