import { describe, expect, it } from 'vitest'
import { scrubPersonalData } from './pii-scrubber.ts'

const scrub = (text: string, names: string[] = []) => scrubPersonalData(text, names)

describe('scrubPersonalData: mobile numbers', () => {
  it.each([
    '09121234567',
    '0912 123 4567',
    '0912-123-4567',
    '0912 - 123 - 4567',
    '0912.123.4567',
    '(0912) 123 4567',
    '+989121234567',
    '+98 912 123 4567',
    '+98-912-123-4567',
    '+98 (0)912 123 4567',
    '00989121234567',
    '0098 912 123 4567',
    '989121234567',
    '9121234567',
    '۰۹۱۲۱۲۳۴۵۶۷',
    '۰۹۱۲ ۱۲۳ ۴۵۶۷',
    '+۹۸ ۹۱۲ ۱۲۳ ۴۵۶۷',
    '٠٩١٢١٢٣٤٥٦٧',
    '\u200e0912 123 4567\u200e',
  ])('replaces %j, leaving no digit of it', (phone) => {
    for (const text of [`شماره‌ام ${phone} است`, `call me on ${phone}.`]) {
      const scrubbed = scrub(text)
      expect(scrubbed.match(/\[phone\]/g)).toHaveLength(1)
      expect(scrubbed).not.toMatch(/\p{N}/u)
    }
  })

  it('replaces the number and keeps the words around it', () => {
    expect(scrub('شماره‌ام ۰۹۱۲ ۱۲۳ ۴۵۶۷ است')).toBe('شماره‌ام [phone] است')
    expect(scrub('call me on +98 912 123 4567.')).toBe('call me on [phone].')
    expect(scrub('(0912) 123 4567 or (09121234567)')).toBe('[phone] or ([phone])')
  })

  it('replaces every number in a text', () => {
    expect(scrub('09121234567 یا 09351112233')).toBe('[phone] یا [phone]')
  })
})

describe('scrubPersonalData: e-mail addresses', () => {
  it.each([
    'sara.ahmadi@gmail.com',
    'SARA+therapy@Example.co.ir',
    'a_b-c@mail.university.ac.ir',
    'x1@y.io',
  ])('replaces %j', (email) => {
    expect(scrub(`ایمیلم ${email} است`)).toBe('ایمیلم [email] است')
    expect(scrub(`write to <${email}>, please`)).toBe('write to <[email]>, please')
  })

  it('takes an address that holds a number or a name as one address', () => {
    expect(scrub('09121234567@gmail.com', ['Sara'])).toBe('[email]')
    expect(scrub('sara@gmail.com', ['Sara'])).toBe('[email]')
  })
})

describe('scrubPersonalData: national ids', () => {
  it.each(['0012345678', '001-234567-8', '۰۰۱۲۳۴۵۶۷۸', '۰۰۱-۲۳۴۵۶۷-۸', '٠٠١٢٣٤٥٦٧٨'])(
    'replaces %j',
    (id) => {
      expect(scrub(`کد ملی من ${id} است`)).toBe('کد ملی من [national-id] است')
      expect(scrub(`my national id: ${id}`)).toBe('my national id: [national-id]')
    },
  )
})

describe('scrubPersonalData: names', () => {
  it('replaces a Persian name as a whole word, whatever the ی and ک', () => {
    expect(scrub('من سارا هستم و سارا‌جان صدایم می‌کنند', ['سارا'])).toBe(
      'من [name] هستم و [name]‌جان صدایم می‌کنند',
    )
    expect(scrub('اسمم علي است', ['علی'])).toBe('اسمم [name] است')
    expect(scrub('اسمم کامران است', ['كامران'])).toBe('اسمم [name] است')
  })

  it('replaces a full name as one, and each of its parts alone', () => {
    expect(scrub('من سارا احمدی هستم', ['سارا احمدی'])).toBe('من [name] هستم')
    expect(scrub('خانم احمدی گفت سارا بیا', ['سارا احمدی'])).toBe('خانم [name] گفت [name] بیا')
    expect(scrub('محمدرضا و محمد‌رضا و محمد رضا', ['محمد رضا'])).toBe('[name] و [name] و [name]')
  })

  it('replaces Latin names whole and case-insensitively', () => {
    expect(scrub("I'm Sara Ahmadi, SARA to friends, sara's sister", ['Sara Ahmadi'])).toBe(
      "I'm [name], [name] to friends, [name]'s sister",
    )
  })

  it('leaves words that only contain a name', () => {
    expect(scrub('Sarah and Samira met Sam', ['Sam', 'Sara'])).toBe('Sarah and Samira met [name]')
    expect(scrub('علیرضا و علیه', ['علی'])).toBe('علیرضا و علیه')
  })

  it('ignores empty and one-letter names, which would eat letters out of words', () => {
    expect(scrub('a day in the park', ['', ' ', 'a'])).toBe('a day in the park')
  })

  it('treats names as text, not as patterns', () => {
    expect(scrub('I am A.J. and AxJx', ['A.J.'])).toBe('I am [name] and AxJx')
  })
})

describe('scrubPersonalData: everything else', () => {
  it.each([
    'هفته‌ای ۳ بار حمله‌ی پانیک دارم',
    'از سال 1403 حالم بد است',
    'از سال ۱۴۰۳ حالم بد است',
    'تاریخ 1403/05/12 ساعت 10:30',
    'I slept 4 hours, 3 nights in a row',
    'PHQ-9 score 14 out of 27, 120 minutes',
    'شماره‌ی 0912 را فقط یادم است',
    '123456789',
    'تلفن خانه 02112345678',
    'email me @ the office',
    'پیش‌شماره‌ی ۰۹۱۲',
  ])('leaves %j as it was', (text) => {
    expect(scrub(text, ['سارا', 'Sara'])).toBe(text)
  })

  it('scrubs every kind in one text and keeps the rest', () => {
    const text =
      'سلام، من سارا هستم (کد ملی ۰۰۱۲۳۴۵۶۷۸). ۲ هفته است بد می‌خوابم. شماره‌ام ۰۹۱۲ ۱۲۳ ۴۵۶۷ و ایمیلم sara@mail.ir است.'
    expect(scrub(text, ['سارا'])).toBe(
      'سلام، من [name] هستم (کد ملی [national-id]). ۲ هفته است بد می‌خوابم. شماره‌ام [phone] و ایمیلم [email] است.',
    )
  })
})
