import type { ErrorText } from './error-text.ts'

/** The text people read for each code of Identity and access, in both languages. */
export const AUTH_ERROR_MESSAGES = {
  OTP_INVALID: { fa: 'کد واردشده درست نیست.', en: 'That code is not correct.' },
  OTP_EXPIRED: {
    fa: 'این کد منقضی شده است. کد تازه‌ای درخواست کنید.',
    en: 'This code has expired. Ask for a new one.',
  },
  OTP_LOCKED: {
    fa: 'تلاش‌های نادرست زیاد بود. کد تازه‌ای درخواست کنید.',
    en: 'Too many wrong tries. Ask for a new code.',
  },
  OTP_COOLDOWN: {
    fa: 'کد قبلی تازه ارسال شده است؛ کمی صبر کنید.',
    en: 'A code was just sent; please wait a little.',
  },
  PASSWORD_TOO_SHORT: {
    fa: 'رمز عبور باید دست‌کم ۱۲ نویسه باشد.',
    en: 'The password must be at least 12 characters.',
  },
  PASSWORD_TOO_LONG: {
    fa: 'رمز عبور بیش از حد بلند است.',
    en: 'The password is too long.',
  },
  PASSWORD_TOO_COMMON: {
    fa: 'این رمز عبور بسیار رایج است؛ رمز دیگری انتخاب کنید.',
    en: 'This password is too common; choose another.',
  },
  PASSWORD_TOO_WEAK: {
    fa: 'این رمز عبور را به‌آسانی می‌توان حدس زد (تکرار، ترتیب یا ردیف صفحه‌کلید)؛ رمز دیگری انتخاب کنید.',
    en: 'This password is easy to guess (repeats, sequences or keyboard rows); choose another.',
  },
  INVALID_CREDENTIALS: {
    fa: 'شناسه یا رمز عبور درست نیست.',
    en: 'The identifier or password is not correct.',
  },
  CURRENT_PASSWORD_INVALID: {
    fa: 'رمز عبور فعلی درست نیست.',
    en: 'The current password is not correct.',
  },
  ACCOUNT_LOCKED: {
    fa: 'ورود با رمز عبور موقتاً قفل شده است؛ بعداً تلاش کنید یا با کد یک‌بارمصرف وارد شوید.',
    en: 'Password sign-in is locked for a while; try later or sign in with a one-time code.',
  },
  ACCOUNT_INACTIVE: {
    fa: 'این حساب غیرفعال است.',
    en: 'This account is deactivated.',
  },
  TOTP_REQUIRED: {
    fa: 'کد برنامهٔ احراز هویت را وارد کنید.',
    en: 'Enter the code from your authenticator app.',
  },
  TOTP_INVALID: {
    fa: 'کد احراز هویت درست نیست.',
    en: 'The authenticator code is not correct.',
  },
  TOTP_LOCKED: {
    fa: 'کدهای نادرست زیادی وارد شد؛ ورود دومرحله‌ای این حساب تا پانزده دقیقه قفل است.',
    en: 'Too many wrong codes; two-step codes for this account are locked for fifteen minutes.',
  },
  TOTP_SETUP_REQUIRED: {
    fa: 'ابتدا ورود دومرحله‌ای را فعال کنید.',
    en: 'Set up two-step sign-in first.',
  },
  TOTP_NOT_AVAILABLE: {
    fa: 'ورود دومرحله‌ای برای این حساب در دسترس نیست.',
    en: 'Two-step sign-in is not available for this account.',
  },
  TOTP_ALREADY_ENABLED: {
    fa: 'ورود دومرحله‌ای از قبل فعال است.',
    en: 'Two-step sign-in is already on.',
  },
  TOTP_NOT_ENABLED: {
    fa: 'ورود دومرحله‌ای فعال نیست.',
    en: 'Two-step sign-in is not on.',
  },
  IDENTIFIER_TAKEN: {
    fa: 'این شماره یا ایمیل به حساب دیگری متصل است.',
    en: 'This number or email belongs to another account.',
  },
  LAST_IDENTIFIER: {
    fa: 'آخرین شماره یا ایمیل حساب را نمی‌توان حذف کرد.',
    en: 'The last number or email of an account cannot be removed.',
  },
  SELF_DEACTIVATION: {
    fa: 'نمی‌توانید حساب خودتان را غیرفعال کنید.',
    en: 'You cannot deactivate your own account.',
  },
  GROUP_NAME_TAKEN: {
    fa: 'گروهی با این نام وجود دارد.',
    en: 'A group with this name exists.',
  },
  DEFAULT_GROUP_PROTECTED: {
    fa: 'گروه‌های پیش‌فرض را نمی‌توان حذف یا تغییر نام داد.',
    en: 'Default groups cannot be deleted or renamed.',
  },
  LAST_ACCESS_MANAGER: {
    fa: 'این تغییر آخرین کسی را که می‌تواند دسترسی‌ها را مدیریت کند حذف می‌کند.',
    en: 'This change would leave nobody able to manage access.',
  },
  GRANT_NOT_HELD: {
    fa: 'فقط مجوزهایی را می‌توانید بدهید که خودتان دارید.',
    en: 'You can only grant permissions you hold yourself.',
  },
} satisfies Record<string, ErrorText>
