import { describe, expect, it } from 'vitest'
import type { Locale } from '../../lib/app-error.ts'
import type { CompanionMessage } from './companion-provider.ts'
import { OfflineCompanion } from './offline-companion.ts'
import { offlineReply } from './offline-replies.ts'

const never = () => new AbortController().signal

async function chunksOf(messages: CompanionMessage[], language: Locale): Promise<string[]> {
  const chunks: string[] = []
  const companion = new OfflineCompanion({ paceMs: 0 })
  for await (const chunk of companion.stream({ messages, language }, never())) chunks.push(chunk)
  return chunks
}

async function replyTo(text: string, language: Locale): Promise<string> {
  return (await chunksOf([{ role: 'user', content: text }], language)).join('')
}

/** Sentences end in . ? ! or the Persian question mark, followed by a space or the end. */
function sentenceCount(text: string): number {
  return text.split(/[.?!؟](?:\s|$)/).filter((part) => part.trim().length > 0).length
}

interface IntentCase {
  intent: string
  fa: { says: string; expects: string[] }
  en: { says: string; expects: string[] }
}

const CASES: IntentCase[] = [
  {
    intent: 'greeting',
    fa: { says: 'سلام', expects: ['سلام، خوشحالم که اینجایی'] },
    en: { says: 'Hello there', expects: ["Hi, I'm glad you're here"] },
  },
  {
    intent: 'sleep',
    fa: {
      says: 'چند شب است خوابم نمی‌برد',
      expects: ['خواب', '۴ ثانیه دم', '[دوره‌ها](/courses)'],
    },
    en: {
      says: "I can't sleep at night",
      expects: ['sleep', 'box breathing', '[courses](/courses)'],
    },
  },
  {
    intent: 'worry',
    fa: {
      says: 'برای امتحان فردا خیلی استرس دارم',
      expects: ['نگرانی و استرس', 'تنفس جعبه‌ای', '[پرسشنامه‌ها](/assessments)'],
    },
    en: {
      says: "I'm so anxious about tomorrow",
      expects: ['Worry and stress', 'box breathing', '[questionnaires](/assessments)'],
    },
  },
  {
    intent: 'exercise',
    fa: {
      says: 'یک تمرین تنفس بهم بده',
      expects: ['۵-۴-۳-۲-۱', '۵ چیز را که می‌بینی', '۴ ثانیه دم', '[دوره‌ها](/courses)'],
    },
    en: {
      says: 'Can you give me a grounding exercise?',
      expects: ['5-4-3-2-1', '5 things you can see', 'breathe in for 4', '[courses](/courses)'],
    },
  },
  {
    intent: 'sadness',
    fa: {
      says: 'خیلی احساس تنهایی می‌کنم',
      expects: ['احساس تنهایی', '(/assessments)', '(/courses)', 'با یک انسان'],
    },
    en: {
      says: 'I feel so lonely these days',
      expects: ['lonely', '(/assessments)', '(/courses)', 'talk with a person'],
    },
  },
  {
    intent: 'psychologist',
    fa: {
      says: 'فردا جلسه با روان‌شناسم دارم، چه بگویم؟',
      expects: ['برای جلسه آماده شوی', 'یادداشت کن', '(/assessments)'],
    },
    en: {
      says: 'What should I tell my therapist tomorrow?',
      expects: ['prepare for your session', 'jot down', '(/assessments)'],
    },
  },
  {
    intent: 'reflection',
    fa: { says: 'خیلی خسته و عصبانی‌ام', expects: ['خستگی و خشم', 'درست فهمیدم؟'] },
    en: {
      says: 'I am exhausted, angry and so frustrated',
      expects: ['tiredness, anger and frustration', 'have I got that right?'],
    },
  },
  {
    intent: 'open question',
    fa: { says: 'امروز رفتم بیرون', expects: ['چه چیزی بیشتر از همه ذهنت را مشغول کرده؟'] },
    en: { says: 'I went out today', expects: ["what's been on your mind the most?"] },
  },
]

describe('OfflineCompanion replies', () => {
  describe.each(CASES)('$intent', ({ fa, en }) => {
    it.each([
      ['fa', fa],
      ['en', en],
    ] as const)('answers in %s', async (language, { says, expects }) => {
      const reply = await replyTo(says, language)
      for (const expected of expects) expect(reply).toContain(expected)
    })
  })

  it('gives each intent its own reply, in both languages', async () => {
    for (const language of ['fa', 'en'] as const) {
      const replies = await Promise.all(CASES.map((c) => replyTo(c[language].says, language)))
      expect(new Set(replies).size).toBe(CASES.length)
    }
  })

  it('keeps every reply to 3-6 sentences', async () => {
    for (const c of CASES) {
      expect(sentenceCount(await replyTo(c.fa.says, 'fa'))).toBeGreaterThanOrEqual(3)
      expect(sentenceCount(await replyTo(c.fa.says, 'fa'))).toBeLessThanOrEqual(6)
      expect(sentenceCount(await replyTo(c.en.says, 'en'))).toBeGreaterThanOrEqual(3)
      expect(sentenceCount(await replyTo(c.en.says, 'en'))).toBeLessThanOrEqual(6)
    }
  })

  it('says in every reply that it is the offline companion, not a person or a therapist', async () => {
    for (const c of CASES) {
      const fa = await replyTo(c.fa.says, 'fa')
      expect(fa).toContain('همراه آفلاین یکتایار')
      expect(fa).toContain('نه یک انسان و نه درمانگر')
      expect(fa).toContain('تشخیصی نمی‌دهم')
      const en = await replyTo(c.en.says, 'en')
      expect(en).toContain("Yektayar's offline companion")
      expect(en).toContain('not a person or a therapist')
      expect(en).toContain("I don't diagnose")
    }
  })

  it('answers in the requested language whatever language the person wrote in', async () => {
    expect(await replyTo("I can't sleep", 'fa')).toBe(await replyTo('خوابم نمی‌برد', 'fa'))
    expect(await replyTo('خوابم نمی‌برد', 'en')).toBe(await replyTo("I can't sleep", 'en'))
  })
})

describe('OfflineCompanion matching', () => {
  it('reads Persian alike with Arabic ي/ك and with or without ZWNJ', async () => {
    const sleep = await replyTo('خوابم نمی‌برد', 'fa')
    for (const spelling of [
      'می‌خوابم ولی بیدار می‌شوم',
      'میخوابم ولی',
      'مي‌خوابم',
      'بي‌خوابي دارم',
      'كابوس',
    ]) {
      expect(await replyTo(spelling, 'fa')).toBe(sleep)
    }
    const lonely = await replyTo('احساس تنهایی می‌کنم', 'fa')
    expect(await replyTo('احساس تنهايي ميكنم', 'fa')).toBe(lonely)
    expect(await replyTo('خسته‌ام', 'fa')).toContain('خستگی')
    expect(await replyTo('خستم', 'fa')).toContain('خستگی')
  })

  it('matches whole words, not words that merely contain a keyword', async () => {
    const openQuestion = await replyTo('امروز رفتم بیرون', 'fa')
    // «سلامت» (health) is not «سلام»; «اعتماد به نفس» (self-confidence) is no breathing wish.
    expect(await replyTo('سلامتی‌ام خوب است', 'fa')).toBe(openQuestion)
    expect(await replyTo('اعتماد به نفسم کم شده', 'fa')).toBe(openQuestion)
    // «در دسترس» (available) holds «ترس» (fear); "history" holds "hi".
    expect(await replyTo('کتاب در دسترس نیست', 'fa')).toBe(openQuestion)
    expect(await replyTo('I read some history', 'en')).toBe(await replyTo('I went out today', 'en'))
  })

  it('prefers the most specific wish when a message holds several', async () => {
    expect(await replyTo('سلام، خیلی نگرانم', 'fa')).toBe(await replyTo('نگرانم', 'fa'))
    expect(await replyTo("I'm anxious, can you give me a breathing exercise?", 'en')).toBe(
      await replyTo('a breathing exercise please', 'en'),
    )
  })

  it('answers the last thing the person wrote, past system and assistant messages', async () => {
    const chunks = await chunksOf(
      [
        { role: 'system', content: 'sleep sleep sleep' },
        { role: 'user', content: "I can't sleep" },
        { role: 'assistant', content: 'It sounds like sleep…' },
        { role: 'user', content: 'hello' },
      ],
      'en',
    )
    expect(chunks.join('')).toBe(await replyTo('hi', 'en'))
  })

  it('asks a gentle open question when there is nothing to answer', async () => {
    const chunks = await chunksOf([{ role: 'system', content: 'be kind' }], 'fa')
    expect(chunks.join('')).toBe(await replyTo('امروز رفتم بیرون', 'fa'))
  })
})

describe('OfflineCompanion streaming', () => {
  it('streams word by word, and the chunks join back to the whole reply', async () => {
    const text = 'چند شب است خوابم نمی‌برد'
    const chunks = await chunksOf([{ role: 'user', content: text }], 'fa')
    expect(chunks.join('')).toBe(offlineReply(text, 'fa'))
    expect(chunks.length).toBeGreaterThan(20)
    for (const chunk of chunks) expect(chunk).toMatch(/^\S+\s*$/)
  })

  it('ends quietly when the person presses stop', async () => {
    const stop = new AbortController()
    const chunks: string[] = []
    const companion = new OfflineCompanion({ paceMs: 5 })
    const request = {
      messages: [{ role: 'user' as const, content: 'hello' }],
      language: 'en' as const,
    }
    for await (const chunk of companion.stream(request, stop.signal)) {
      chunks.push(chunk)
      if (chunks.length === 3) stop.abort()
    }
    expect(chunks).toHaveLength(3)
    expect(offlineReply('hello', 'en').startsWith(chunks.join(''))).toBe(true)
  })

  it('paces its chunks so they arrive like a model would send them', async () => {
    const companion = new OfflineCompanion({ paceMs: 20 })
    const request = {
      messages: [{ role: 'user' as const, content: 'hello' }],
      language: 'en' as const,
    }
    const started = performance.now()
    let count = 0
    for await (const _chunk of companion.stream(request, never())) {
      if (++count === 4) break
    }
    expect(performance.now() - started).toBeGreaterThanOrEqual(55)
  })

  it('is the offline kind', () => {
    expect(new OfflineCompanion().kind).toBe('offline')
  })
})
