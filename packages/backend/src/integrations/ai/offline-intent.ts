import { keywordMatcher, normaliseForMatching } from './keyword-match.ts'

export type OfflineIntent =
  | 'exercise'
  | 'psychologist'
  | 'sleep'
  | 'worry'
  | 'sadness'
  | 'greeting'
  | 'reflect'

// Checked in this order, so the most specific wish wins: "I'm anxious, give me a breathing
// exercise" asks for the exercise, and "hi, I can't sleep" is about sleep, not a greeting.
// Both languages are checked whatever the reply language, since people mix them. A keyword
// ending in * also matches longer words (keyword-match.ts). Words that double as something
// else are left out or written whole: «نفس» alone is also «اعتماد به نفس» (self-confidence),
// «تنها» alone also means "only", «سلام» must not catch «سلامت», «جلسه» is any meeting.
const INTENT_KEYWORDS: ReadonlyArray<readonly [OfflineIntent, readonly string[]]> = [
  [
    'exercise',
    [
      'تنفس*',
      'نفس عمیق',
      'نفس بکشم',
      'تمرین*',
      'آرام‌سازی',
      'آروم بشم',
      'آروم شم',
      'آرام شوم',
      'آرام بشوم',
      'breath*',
      'exercise',
      'grounding',
      'ground myself',
      'calm down',
      'calm myself',
      'relax*',
      '5-4-3-2-1',
    ],
  ],
  [
    'psychologist',
    [
      'روان‌شناس*',
      'روان شناس*',
      'مشاور*',
      'درمانگر*',
      'تراپیست*',
      'تراپی*',
      'psycholog*',
      'therap*',
      'counsel*',
    ],
  ],
  [
    'sleep',
    [
      'خواب*',
      'بی‌خواب*',
      'بدخواب*',
      'می‌خواب*',
      'نمی‌خواب*',
      'بخواب*',
      'نخواب*',
      'کابوس*',
      'sleep*',
      'slept',
      'insomnia',
      'awake',
      'nightmare*',
    ],
  ],
  [
    'worry',
    [
      'نگران*',
      'استرس*',
      'اضطراب*',
      'مضطرب*',
      'دلشوره*',
      'دلهره*',
      'ترس',
      'ترسیدم',
      'می‌ترسم',
      'وحشت',
      'وحشت‌زده*',
      'پنیک*',
      'anxi*',
      'worr*',
      'stress*',
      'panic*',
      'nervous',
      'scared',
      'afraid',
      'fear*',
    ],
  ],
  [
    'sadness',
    [
      'غمگین*',
      'غم',
      'غمم',
      'ناراحت*',
      'افسرده*',
      'دلم گرفته',
      'دلگیر*',
      'گریه*',
      'تنهایی*',
      'تنهام',
      'تنها هستم',
      'تنها شدم',
      'بی‌کس*',
      'کسی رو ندارم',
      'کسی را ندارم',
      'sad*',
      'unhappy',
      'depress*',
      'feeling down',
      'feel down',
      'cry',
      'crying',
      'cried',
      'lonel*',
      'alone',
      'isolated',
      'miserable',
      'heartbroken',
    ],
  ],
  [
    'greeting',
    [
      'سلام',
      'درود',
      'وقت بخیر',
      'وقت به خیر',
      'صبح بخیر',
      'صبح به خیر',
      'عصر بخیر',
      'شب بخیر',
      'salam',
      'hi',
      'hello',
      'hey',
      'good morning',
      'good afternoon',
      'good evening',
    ],
  ],
]

const INTENT_MATCHERS = INTENT_KEYWORDS.map(
  ([intent, keywords]) => [intent, keywordMatcher(keywords)] as const,
)

/** What the person seems to want, from what they last wrote; 'reflect' when nothing fits. */
export function detectIntent(text: string): OfflineIntent {
  const normalised = normaliseForMatching(text)
  return INTENT_MATCHERS.find(([, matches]) => matches(normalised))?.[0] ?? 'reflect'
}
