/** The web app's words for the shared sign-in; the steps' own strings live in packages/ui. */
export const authMessagesFa = {
  pageTitle: 'ورود — یکتایار',
  title: 'ورود به یکتایار',
  lead: 'رمز عبور لازم نیست؛ یک کد یک‌بارمصرف برایتان می‌فرستیم.',
}
