export const shellMessagesFa = {
  tagline: 'پنل مدیریت',
  home: 'پیشخوان پنل مدیریت',
  footer: '© {{year}} یکتایار. پنل مدیریت؛ فقط برای کارکنان.',
  notices: {
    signedIn: 'با موفقیت وارد پنل مدیریت شدید.',
  },
}
