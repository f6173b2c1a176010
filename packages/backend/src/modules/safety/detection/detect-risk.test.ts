import { describe, expect, it } from 'vitest'
import { detectRisk } from './detect-risk.ts'
import { normaliseText } from './normalise-text.ts'
import { SCANNER_SOURCES } from './risk-matcher.ts'
import { measureTestSet } from './test-set/measure-test-set.ts'

const level = (text: string) => detectRisk(text).level

describe('the detection test set', () => {
  const figures = measureTestSet()

  it('is big enough to mean something', () => {
    expect(figures.counts.crisis).toBeGreaterThanOrEqual(60)
    expect(figures.counts.concern).toBeGreaterThanOrEqual(25)
    expect(figures.counts.none).toBeGreaterThanOrEqual(80)
  })

  it('misses no crisis', () => {
    const missed = figures.misses.filter((miss) => miss.expected === 'crisis')
    expect(missed).toEqual([])
    expect(figures.crisisRecall).toBe(1)
  })

  it('raises a false alarm on under 5% of benign messages', () => {
    expect(figures.falseAlarmRate).toBeLessThan(0.05)
  })

  it('flags concerns at least as a concern', () => {
    expect(figures.concernRecall).toBeGreaterThanOrEqual(0.9)
  })

  it('misses no crisis and stays under 5% false alarms on the holdout alone', () => {
    const holdout = measureTestSet(['holdout'])
    expect(holdout.counts.crisis).toBeGreaterThanOrEqual(35)
    expect(holdout.counts.none).toBeGreaterThanOrEqual(25)
    expect(holdout.misses.filter((miss) => miss.expected === 'crisis')).toEqual([])
    expect(holdout.falseAlarmRate).toBeLessThan(0.05)
  })
})

describe('Finglish spelling', () => {
  it.each([
    'mikham khodamo bokosham',
    'mikham khodamo bekosham',
    'mikham khodamo bkosham',
    'mikham khodamo bokoshm',
    'mikhm khodmo bkshm',
    'mikham khodamoo bokosham',
    'mikhaam xodamo bokosham',
    'mikham khodemo bokosham',
    'mikham khodam ro bokosham',
    'mikham khodkoshi konam',
    'mikham khodkoshy konm',
    'mikham xodkoshi konam',
    'mikham khod koshi konam',
    'dg nemikham zendeh basham',
    'dge nmikham zende bashm',
    'ghorsamo jam kardam',
    'qorsamo jam krdm',
  ])('%s → crisis', (text) => {
    expect(level(text)).toBe('crisis')
  })

  it('keeps a denial in any spelling', () => {
    for (const text of [
      'nemikham khodamo bokosham',
      'nmikham khodmo bkosham',
      'nemikhm khodamo bekosham',
    ]) {
      expect(level(text)).toBe('none')
    }
  })

  it('keeps the Finglish idioms out', () => {
    for (const text of ['az khande mordam', 'khodamo koshtam ta tamoom beshe', 'sigar mikesham']) {
      expect(level(text)).toBe('none')
    }
  })
})

describe('Persian verbs in every first-person form', () => {
  it.each([
    'می‌خواهم خودم را بکشم',
    'خودم را خواهم کشت',
    'خودمو می کشم',
    'می‌خوام خودمو از بین ببرم',
    'به زندگی‌ام پایان خواهم داد',
    'می‌خوام زندگیمو تموم کنم',
    'خودمو خلاص می‌کنم',
    'می‌خوام به سرم شلیک کنم',
    'خودمو می‌اندازم زیر قطار',
  ])('%s → crisis', (text) => {
    expect(level(text)).toBe('crisis')
  })
})

describe('means and plans', () => {
  it('reads means bought, stored or prepared, or taken all at once, as a plan', () => {
    for (const text of [
      'دو ورق قرص خریدم که همشو با هم بخورم',
      'داروهامو قایم کردم که همه رو یکجا بخورم',
      'یه شیشه سم موش گرفتم برای خودم',
      'طناب رو هم آماده کردم',
      "I'm planning to overdose this weekend",
      'I took 40 of my sleeping pills',
      'I got a rope',
      "I'm on the bridge and I'm going to jump",
    ]) {
      expect(level(text), text).toBe('crisis')
    }
  })

  it('leaves means bought for what they are for', () => {
    for (const text of [
      'برای سرماخوردگی یه بسته قرص خریدم',
      'طناب رو برای کمپینگ آماده کردم',
      'یه چاقوی جدید برای آشپزخونه خریدم',
      'I bought a rope for the climbing trip',
      'my pharmacist said not to take all my meds at once',
      'we watched a documentary about the opioid overdose crisis',
    ]) {
      expect(level(text), text).toBe('none')
    }
  })
})

describe('ending it', () => {
  it('is a concern alone, since it may be a task, and a crisis with a when or a life', () => {
    expect(level('می‌خوام تمومش کنم')).toBe('concern')
    expect(level('امشب تمومش می‌کنم')).toBe('crisis')
    expect(level('تمومش می‌کنم همین امشب')).toBe('crisis')
    expect(level('فردا کار خودمو تموم می‌کنم')).toBe('crisis')
    expect(level('به این زندگی پایان میدم')).toBe('crisis')
    expect(level('emshab tamoomesh mikonam')).toBe('crisis')
    expect(level('ending it tonight')).toBe('crisis')
    expect(level('tomorrow I end it')).toBe('crisis')
  })

  it('is a task when a task is named', () => {
    expect(level('پروژه رو امشب تمومش می‌کنم')).toBe('none')
    expect(level('kar ro emshab tamoomesh mikonam')).toBe('none')
    expect(level("let's end it here for today, thanks")).toBe('none')
  })
})

describe('a wish to be dead', () => {
  it('is a concern alone (Columbia question 1)', () => {
    for (const text of [
      'بهتره بمیرم',
      'بمیرم راحت شم',
      'behtare bemiram',
      'it would be better if I died',
    ]) {
      expect(detectRisk(text), text).toEqual({ level: 'concern', reasons: ['passive_wish'] })
    }
  })

  it('with a settled mind or a when is a crisis', () => {
    expect(level('بهتره بمیرم، تصمیممو گرفتم')).toBe('crisis')
    expect(level("no reason to stay alive, I'm doing it this weekend")).toBe('crisis')
    expect(detectRisk("I'm doing it this weekend").level).toBe('none')
  })
})

describe('farewell documents', () => {
  it.each([
    'نامه‌ی خداحافظیمو نوشتم',
    'وصیت‌نامه نوشتم',
    'یه نامه نوشتم که بعد از مرگم بخونن',
    'vasiat name neveshtam',
    'I wrote my suicide note',
    'this is my goodbye letter',
    "this is the last time you'll hear from me",
  ])('%s → crisis', (text) => {
    expect(level(text)).toBe('crisis')
  })

  it('are not a colleague’s farewell', () => {
    expect(level('نامه‌ی خداحافظی همکارم رو خوندم')).toBe('none')
    expect(level('I wrote a goodbye letter to my team before leaving the company')).toBe('none')
  })
})

describe('the scanners', () => {
  it('stay under the 20 KB past which V8 stops optimising an expression', () => {
    for (const source of SCANNER_SOURCES) expect(source.length).toBeLessThan(20 * 1024)
  })
})

describe('normalisation', () => {
  it('reads every ZWNJ and spacing variant of a verb alike', () => {
    expect(normaliseText('می‌خواهم')).toBe(normaliseText('میخواهم'))
    expect(normaliseText('می\u200dخواهم\u200b')).toBe(' میخواهم ')
    expect(normaliseText('می\u00a0خواهم')).toBe(' می خواهم ')
    for (const text of ['می‌خوام خودمو بکشم', 'میخوام خودمو بکشم', 'می خوام خودمو بکشم']) {
      expect(level(text)).toBe('crisis')
    }
  })

  it('maps Arabic letters, drops diacritics and tatweel', () => {
    expect(normaliseText('كيك')).toBe(' کیک ')
    expect(normaliseText('خانۀ مؤمن أو إمام ة')).toBe(' خانه مومن او امام ه ')
    expect(normaliseText('مُحَمَّدٌ ـــ بِسْم')).toBe(' محمد بسم ')
  })

  it('writes Persian and Arabic-Indic digits as ASCII and keeps runs of digits', () => {
    expect(normaliseText('۱۴۰۰ و ٢٣ و 1000')).toBe(' 1400 و 23 و 1000 ')
  })

  it('lower-cases Latin, joins apostrophes and turns punctuation and emoji into spaces', () => {
    expect(normaliseText("I'm NOT ok!!! 😀 don’t.")).toBe(' im not ok dont ')
    expect(normaliseText('«سلام»، خوبی؟')).toBe(' سلام خوبی ')
  })

  it('collapses stretched letters', () => {
    expect(normaliseText('خیییلی sooo')).toBe(' خیلی so ')
    expect(level('خوووودمو میکشممم')).toBe('crisis')
  })
})

describe('idioms that only sound like risk', () => {
  it.each([
    'از خنده مردم',
    'مردم از خنده',
    'این امتحان منو کشت',
    'نقاشی می‌کشم',
    'سیگار می‌کشم',
    'خجالت کشیدم',
    'دارم می‌میرم از گرسنگی',
    'کشتی گرفتن',
    'خودکشی مولکولی',
    'خودکشی سلولی',
    'this traffic is killing me',
    "I'm dying to see it",
    'killing it at work',
    'dead tired',
    'I could kill for a coffee',
    'my phone died',
    'kill the process',
    'the article about suicide prevention',
  ])('%s → none', (text) => {
    expect(level(text)).toBe('none')
  })
})

describe('negation', () => {
  it('drops a denial', () => {
    expect(detectRisk('نمی‌خوام خودمو بکشم')).toEqual({ level: 'none', reasons: [] })
    expect(level('I would never kill myself')).toBe('none')
    expect(level("I'm not suicidal")).toBe('none')
    expect(level('nemikham khodamo bokosham')).toBe('none')
  })

  it('does not swallow a wish not to live', () => {
    expect(level("I don't want to live anymore")).toBe('crisis')
    expect(level('دیگه نمی‌خوام زنده باشم')).toBe('crisis')
    expect(level("I can't stop thinking about killing myself")).toBe('crisis')
  })

  it('counts only a negation that leads straight to the phrase', () => {
    expect(level("I don't know why but I want to die")).toBe('crisis')
    expect(level("I'm not okay, I want to kill myself")).toBe('crisis')
  })
})

describe('reported speech', () => {
  it('makes someone else’s risk a concern', () => {
    expect(detectRisk('دوستم گفت می‌خواد خودشو بکشه')).toEqual({
      level: 'concern',
      reasons: ['reported_risk'],
    })
    expect(level('my brother said he wants to kill himself')).toBe('concern')
    expect(level('my friend said she wants to die')).toBe('concern')
    expect(level('دوستم گفت «می‌خوام بمیرم»')).toBe('concern')
  })

  it('keeps the writer’s own words as theirs', () => {
    expect(level('I said I want to die')).toBe('crisis')
    expect(level('بهش گفتم می‌خوام بمیرم')).toBe('crisis')
  })
})

describe('decisions', () => {
  it('maps categories to levels', () => {
    expect(detectRisk('کاش بمیرم')).toEqual({ level: 'concern', reasons: ['passive_wish'] })
    expect(detectRisk("there's no point anymore")).toEqual({
      level: 'concern',
      reasons: ['hopelessness'],
    })
    expect(detectRisk('I have pills saved')).toEqual({
      level: 'crisis',
      reasons: ['plan_or_means'],
    })
    expect(detectRisk('رگمو زدم')).toEqual({ level: 'crisis', reasons: ['self_harm'] })
    expect(detectRisk('goodbye everyone')).toEqual({ level: 'crisis', reasons: ['farewell'] })
  })

  it('lets the highest level win and lists every reason once, in a stable order', () => {
    const decision = detectRisk(
      'Hopeless. My friend said she wants to die. Goodbye everyone, I cut myself again. I feel hopeless',
    )
    expect(decision).toEqual({
      level: 'crisis',
      reasons: ['self_harm', 'farewell', 'hopelessness', 'reported_risk'],
    })
  })

  it('gives none for empty, blank and emoji-only text', () => {
    for (const text of ['', '   \n\t', '\u200c\u200c', '😀🙏❤️', '...!!!']) {
      expect(detectRisk(text)).toEqual({ level: 'none', reasons: [] })
    }
  })

  it('still finds a phrase at the very end of a 4,000-character message', () => {
    const words = 'امروز ساعت ۱۲ با دکتر صحبت کردم 😊 today was fine, 123 times better. '
    const filler = words.repeat(Math.ceil(3980 / words.length))
    expect(level(filler)).toBe('none')
    for (const phrase of ['رگمو زدم', 'I want to kill myself', 'kms']) {
      const message = `${filler}${phrase}`
      expect(message.length).toBeGreaterThanOrEqual(4000)
      expect(level(message)).toBe('crisis')
    }
  })
})
