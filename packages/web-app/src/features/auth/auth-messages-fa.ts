export const authMessagesFa = {
  pageTitle: 'ورود — یکتایار',
  title: 'ورود به یکتایار',
  lead: 'رمز عبور لازم نیست؛ یک کد یک‌بارمصرف برایتان می‌فرستیم.',
  codeTitle: 'کد ورود را وارد کنید',
}
