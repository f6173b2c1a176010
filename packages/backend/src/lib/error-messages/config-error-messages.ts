import type { ErrorText } from './error-text.ts'

/** The text people read for each code of the dynamic configuration, in both languages. */
export const CONFIG_ERROR_MESSAGES = {
  CONFIG_KEY_UNKNOWN: {
    fa: 'این تنظیم شناخته نیست؛ فهرست تنظیم‌ها را دوباره باز کنید.',
    en: 'This setting is not known; reload the list of settings.',
  },
} satisfies Record<string, ErrorText>
