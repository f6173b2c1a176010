/** What a demo psychologist offers and when; keyed by the demo account's email. */
export interface DemoPractice {
  gender: 'female' | 'male'
  years: number
  license: string
  timeZone: string
  specialties: string[]
  approaches: string[]
  languages: string[]
  bioFa: string
  bioEn: string
  sessionTypes: { fa: string; en: string; minutes: number; mode: string; priceIrr: number }[]
  /** ISO weekdays (Saturday = 6) with local working windows. */
  hours: { days: number[]; start: string; end: string }[]
}

// The Iranian working week: Saturday to Wednesday, often with a Thursday morning.
const SAT_TO_WED = [6, 7, 1, 2, 3]

const intro = { fa: 'جلسهٔ آشنایی (رایگان)', en: 'Free intro call', mode: 'video', priceIrr: 0 }
const video = (priceIrr: number, minutes = 50) => ({
  fa: 'جلسهٔ فردی آنلاین',
  en: 'Individual session (video)',
  minutes,
  mode: 'video',
  priceIrr,
})
const phone = (priceIrr: number) => ({
  fa: 'جلسهٔ تلفنی',
  en: 'Phone session',
  minutes: 45,
  mode: 'phone',
  priceIrr,
})
const inPerson = (priceIrr: number, minutes = 60) => ({
  fa: 'جلسهٔ حضوری',
  en: 'In-person session',
  minutes,
  mode: 'in_person',
  priceIrr,
})

export const DEMO_PRACTICES: Record<string, DemoPractice> = {
  'maryam.ahmadi@demo.yektayar.ir': {
    gender: 'female',
    years: 12,
    license: 'PCO-11842',
    timeZone: 'Asia/Tehran',
    specialties: ['anxiety', 'depression', 'stress'],
    approaches: ['cbt', 'act'],
    languages: ['fa', 'en'],
    bioFa:
      'روان‌شناس بالینی با دوازده سال تجربه در درمان اضطراب و افسردگی بزرگسالان. در جلسات با رویکرد شناختی‌رفتاری و پذیرش و تعهد، مهارت‌های عملی برای زندگی روزمره تمرین می‌کنیم.',
    bioEn:
      'Clinical psychologist with twelve years of experience treating anxiety and depression in adults. Sessions use CBT and ACT to practise skills that fit everyday life.',
    sessionTypes: [{ ...intro, minutes: 15 }, video(14_000_000), phone(12_000_000)],
    hours: [
      { days: SAT_TO_WED, start: '09:00', end: '13:00' },
      { days: [6, 1, 3], start: '16:00', end: '20:00' },
    ],
  },
  'ali.rezaei@demo.yektayar.ir': {
    gender: 'male',
    years: 18,
    license: 'PCO-07315',
    timeZone: 'Asia/Tehran',
    specialties: ['couples', 'family', 'relationships'],
    approaches: ['family_systems', 'solution_focused'],
    languages: ['fa'],
    bioFa:
      'مشاور خانواده و زوج‌درمانگر. هجده سال است با زوج‌ها و خانواده‌ها برای بهبود گفت‌وگو، حل تعارض و بازسازی اعتماد کار می‌کنم.',
    bioEn:
      'Family counsellor and couples therapist. For eighteen years I have helped couples and families talk, resolve conflict and rebuild trust.',
    sessionTypes: [
      video(18_000_000, 60),
      {
        fa: 'زوج‌درمانی حضوری',
        en: 'Couples session (in person)',
        minutes: 90,
        mode: 'in_person',
        priceIrr: 25_000_000,
      },
    ],
    hours: [{ days: [6, 7, 1, 2], start: '15:00', end: '21:00' }],
  },
  'nazanin.karimi@demo.yektayar.ir': {
    gender: 'female',
    years: 7,
    license: 'PCO-20931',
    timeZone: 'Asia/Tehran',
    specialties: ['child_adolescent', 'adhd', 'anxiety'],
    approaches: ['cbt', 'mindfulness'],
    languages: ['fa', 'en'],
    bioFa:
      'روان‌شناس کودک و نوجوان. با والدین و نوجوانان دربارهٔ تمرکز، اضطراب مدرسه و مهارت‌های هیجانی کار می‌کنم.',
    bioEn:
      'Child and adolescent psychologist. I work with parents and teenagers on focus, school anxiety and emotional skills.',
    sessionTypes: [{ ...intro, minutes: 20 }, video(10_000_000), inPerson(12_000_000)],
    hours: [
      { days: SAT_TO_WED, start: '14:00', end: '19:00' },
      { days: [4], start: '09:00', end: '12:00' },
    ],
  },
  'hossein.mousavi@demo.yektayar.ir': {
    gender: 'male',
    years: 22,
    license: 'PCO-03377',
    timeZone: 'Asia/Tehran',
    specialties: ['trauma', 'addiction', 'personality'],
    approaches: ['emdr', 'psychodynamic'],
    languages: ['fa', 'ar'],
    bioFa:
      'روان‌درمانگر با بیش از بیست سال تجربه در درمان آسیب‌های روانی و اعتیاد. دوره‌های تخصصی EMDR را گذرانده‌ام.',
    bioEn:
      'Psychotherapist with over twenty years of work with trauma and addiction, trained in EMDR.',
    sessionTypes: [video(22_000_000, 60), inPerson(25_000_000, 60)],
    hours: [{ days: [6, 1, 3], start: '10:00', end: '18:00' }],
  },
  'fatemeh.hosseini@demo.yektayar.ir': {
    gender: 'female',
    years: 9,
    license: 'PCO-16408',
    timeZone: 'America/Toronto',
    specialties: ['eating_disorders', 'self_esteem', 'depression'],
    approaches: ['dbt', 'schema'],
    languages: ['fa', 'en'],
    bioFa:
      'روان‌شناس ساکن تورنتو که به فارسی‌زبانان داخل و خارج از ایران خدمت می‌دهد؛ تمرکزم بر اختلالات خوردن و عزت‌نفس است.',
    bioEn:
      'A Toronto-based psychologist serving Persian speakers in Iran and abroad, focused on eating disorders and self-esteem.',
    sessionTypes: [{ ...intro, minutes: 15 }, video(16_000_000)],
    hours: [{ days: [1, 2, 3, 4], start: '08:00', end: '13:00' }],
  },
  'reza.jafari@demo.yektayar.ir': {
    gender: 'male',
    years: 15,
    license: 'PCO-09962',
    timeZone: 'Asia/Tehran',
    specialties: ['ocd', 'anxiety'],
    approaches: ['cbt', 'act'],
    languages: ['fa', 'az'],
    bioFa:
      'متخصص درمان وسواس فکری‌عملی با روش مواجهه و جلوگیری از پاسخ. جلسات به فارسی و ترکی آذربایجانی.',
    bioEn:
      'Specialist in OCD treatment with exposure and response prevention; sessions in Persian and Azerbaijani Turkish.',
    sessionTypes: [video(13_000_000), phone(11_000_000)],
    hours: [{ days: SAT_TO_WED, start: '08:30', end: '12:30' }],
  },
  'leila.sadeghi@demo.yektayar.ir': {
    gender: 'female',
    years: 5,
    license: 'PCO-27154',
    timeZone: 'Asia/Tehran',
    specialties: ['grief', 'depression'],
    approaches: ['humanistic', 'existential'],
    languages: ['fa', 'ku'],
    bioFa:
      'همراه شما در سوگ و فقدان. با رویکرد انسان‌گرا فضایی امن برای گفت‌وگو دربارهٔ از دست دادن فراهم می‌کنم.',
    bioEn:
      'With you through grief and loss: a humanistic, safe space to talk about what has been lost.',
    sessionTypes: [
      { ...intro, minutes: 20 },
      video(8_000_000),
      { fa: 'جلسهٔ متنی', en: 'Text session', minutes: 45, mode: 'text', priceIrr: 8_000_000 },
    ],
    hours: [{ days: [6, 7, 1, 2, 3, 4], start: '17:00', end: '21:00' }],
  },
  'amir.nouri@demo.yektayar.ir': {
    gender: 'male',
    years: 11,
    license: 'PCO-14021',
    timeZone: 'Europe/Berlin',
    specialties: ['sleep', 'stress', 'anxiety'],
    approaches: ['mindfulness', 'cbt'],
    languages: ['fa', 'en', 'de'],
    bioFa:
      'روان‌شناس ساکن برلین؛ درمان بی‌خوابی و استرس کاری با ذهن‌آگاهی و درمان شناختی‌رفتاری بی‌خوابی (CBT-I).',
    bioEn:
      'Berlin-based psychologist treating insomnia and work stress with mindfulness and CBT for insomnia (CBT-I).',
    sessionTypes: [video(20_000_000), phone(15_000_000)],
    hours: [{ days: [1, 2, 3, 4, 5], start: '08:00', end: '12:00' }],
  },
}
