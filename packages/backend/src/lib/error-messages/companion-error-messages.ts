import type { ErrorText } from './error-text.ts'

/** The text people read for each code of the AI companion, in both languages. */
export const COMPANION_ERROR_MESSAGES = {
  COMPANION_QUOTA_EXCEEDED: {
    fa: 'به سقف پیام‌های همراه هوشمند در این بازه رسیده‌اید. زمان شروع دوباره را در پاسخ می‌بینید؛ اگر حالتان خوب نیست، همین حالا با یک انسان گفت‌وگو کنید.',
    en: 'You have reached the companion’s message limit for now. The answer says when it resets; if you are struggling, talk to a person now.',
  },
  COMPANION_REPLY_IN_PROGRESS: {
    fa: 'همراه هنوز در حال پاسخ به پیام قبلی است. صبر کنید یا پاسخ را متوقف کنید.',
    en: 'The companion is still answering your previous message. Wait, or stop that reply.',
  },
  COMPANION_BUSY: {
    fa: 'همراه هوشمند الان سرش شلوغ است. چند لحظهٔ دیگر دوباره بفرستید یا از همراه آفلاین کمک بگیرید.',
    en: 'The companion is busy right now. Send again in a moment, or use the offline companion.',
  },
  COMPANION_NO_PSYCHOLOGIST: {
    fa: 'روان‌شناسی که با او جلسه داشته باشید پیدا نشد؛ گفت‌وگو را فقط با روان‌شناس خودتان می‌توان هم‌رسانی کرد.',
    en: 'You have no psychologist treating you; a conversation can only be shared with your own psychologist.',
  },
} satisfies Record<string, ErrorText>
