/** Persian strings of the session layer (namespace `ui`, under `session`). */
export const sessionMessagesFa = {
  signIn: 'ورود',
  signOut: 'خروج',
  totpSetup: {
    title: 'ابتدا ورود دومرحله‌ای را فعال کنید',
    body: 'حساب‌های کادر درمان و مدیران پیش از هر کاری باید ورود دومرحله‌ای را با یک برنامهٔ احراز هویت فعال کنند. این کار یک دقیقه طول می‌کشد.',
    action: 'فعال کردن ورود دومرحله‌ای',
  },
}
