import type { ErrorText } from './error-text.ts'

/** The text people read for each code of the holiday calendar's admin routes. */
export const HOLIDAYS_ERROR_MESSAGES = {
  HOLIDAY_NOT_FOUND: {
    fa: 'این تعطیلی پیدا نشد.',
    en: 'There is no such holiday.',
  },
  HOLIDAY_DUPLICATE: {
    fa: 'تعطیلی‌ای با همین تاریخ و همین نام انگلیسی از پیش ثبت شده است.',
    en: 'A holiday with this date and English name already exists.',
  },
  HOLIDAY_IMPORT_INVALID: {
    fa: 'فهرست وارد نشد: ردیف‌های نادرست را درست کنید و دوباره بفرستید. چیزی ذخیره نشد.',
    en: 'The list was not imported: fix the rows marked and send it again. Nothing was saved.',
  },
} satisfies Record<string, ErrorText>
