import { addAppMessages } from '../../shared/lazy-messages.ts'

const fa = {
  pageTitle: 'بازگشت به برنامه — یکتایار',
  title: 'بازگشت به برنامهٔ یکتایار',
  lead: 'این پیوند برای برنامهٔ اندروید یکتایار است. اگر برنامه نصب است، آن را باز کنید؛ وگرنه در همین مرورگر ادامه دهید.',
  openApp: 'باز کردن در برنامه',
  continueHere: 'ادامه در مرورگر',
}

const en: typeof fa = {
  pageTitle: 'Back to the app — YektaYar',
  title: 'Back to the YektaYar app',
  lead: 'This link is for the YektaYar Android app. If it is installed, open it; otherwise carry on in this browser.',
  openApp: 'Open in the app',
  continueHere: 'Continue in the browser',
}

/** Under `app.appLink`, with the page that uses them. */
export function addAppLinkMessages(): void {
  addAppMessages('appLink', { fa, en })
}
