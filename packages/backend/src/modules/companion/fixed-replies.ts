import type { CompanionReplacedReason } from '@yektayar/shared'
import type { Locale } from '../../lib/app-error.ts'

// Words people wrote, never a model (the Woebot rule: at risk, people write what is said).

/**
 * The answer to a message judged crisis, in place of any model: you matter, help is on screen
 * now (the crisis card: 123, 1480, 115), your safety plan, and a person.
 */
export const CRISIS_REPLY: Record<Locale, string> = {
  fa: [
    'از اینکه این را با من در میان گذاشتی ممنونم. تو برای ما مهمی و لازم نیست این لحظه را تنها بگذرانی.',
    'همین حالا راه‌های کمک روی صفحه است: اورژانس اجتماعی ۱۲۳، صدای مشاور ۱۴۸۰، و اورژانس ۱۱۵ اگر در خطر فوری هستی.',
    'اگر برنامهٔ ایمنی داری، بیا با هم بازش کنیم؛ و اگر بخواهی، همین الان یک انسان از تیم بالینی ما با تو گفت‌وگو می‌کند.',
  ].join('\n\n'),
  en: [
    'Thank you for telling me. You matter, and you do not have to get through this moment alone.',
    'Help is on your screen right now: 123 (Social Emergency), 1480 (counselling line), and 115 (ambulance) if you are in immediate danger.',
    'If you have a safety plan, let us open it together; and if you want, a person from our clinical team can talk with you right now.',
  ].join('\n\n'),
}

/** Said after a reply to a message judged concern: the client also shows a "talk to a human" button. */
export const HUMAN_OFFER: Record<Locale, string> = {
  fa: '\n\nاگر دوست داشته باشی، می‌توانی همین حالا با یک انسان از تیم ما هم صحبت کنی.',
  en: '\n\nIf you would like, you can also talk with a person from our team right now.',
}

/** What a reply the output check stopped says instead (output-guard.ts). */
export const REPLACED_REPLY: Record<CompanionReplacedReason, Record<Locale, string>> = {
  diagnosis: {
    fa: 'من همراه هوش مصنوعی هستم و نمی‌توانم تشخیص بدهم. اینکه چه چیزی پشت این حال‌هاست را روان‌شناست می‌تواند با تو بررسی کند؛ اگر بخواهی، با هم فهرستی از چیزهایی که می‌خواهی در جلسهٔ بعد بگویی آماده می‌کنیم. اگر همین حالا به کسی نیاز داری، می‌توانی با یک انسان از تیم ما صحبت کنی.',
    en: 'I am an AI companion and I cannot diagnose. Your psychologist can look at what is behind these feelings with you; if you like, we can prepare a list of what you want to say in your next session. If you need someone right now, you can talk with a person from our team.',
  },
  medication: {
    fa: 'من همراه هوش مصنوعی هستم و دربارهٔ دارو یا مقدار آن نمی‌توانم راهنمایی کنم. این را با پزشک یا روان‌پزشکت در میان بگذار و داروها را خودسرانه شروع، کم یا قطع نکن. اگر همین حالا به کسی نیاز داری، می‌توانی با یک انسان از تیم ما صحبت کنی.',
    en: 'I am an AI companion and I cannot advise on medication or doses. Please bring this to your doctor or psychiatrist, and do not start, change or stop a medication on your own. If you need someone right now, you can talk with a person from our team.',
  },
}

/** The first message of a "talk to a human" thread (handoff.service.ts). */
export const HANDOFF_TEXT: Record<
  Locale,
  { title: string; content: string; transcriptIntro: string; you: string; companion: string }
> = {
  fa: {
    title: 'گفت‌وگو با یک انسان (از همراه هوشمند)',
    content: 'از همراه هوشمند آمده‌ام و می‌خواهم با یک انسان صحبت کنم.',
    transcriptIntro:
      'با رضایت من، آخرین پیام‌های گفت‌وگویم با همراه هوشمند (متن ساده) در ادامه آمده است:',
    you: 'من',
    companion: 'همراه',
  },
  en: {
    title: 'Talk to a person (from the companion)',
    content: 'I came from the AI companion and I would like to talk to a person.',
    transcriptIntro:
      'With my consent, the last turns of my conversation with the AI companion follow (plain text):',
    you: 'Me',
    companion: 'Companion',
  },
}
