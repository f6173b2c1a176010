import { describe, expect, it } from 'vitest'
import { otpEmail, otpSmsText } from './otp-message.ts'

// Words that would tell anyone glancing at a lock screen what the service is about.
const REVEALING = /روان|مشاوره|درمان|سلامت|افسرد|اضطراب|therap|mental|psych|counsel|health/i

describe('otpSmsText', () => {
  it('writes the Persian text with the code and a two-minute validity', () => {
    expect(otpSmsText('123456', 'fa')).toBe(
      'کد ورود شما به یکتایار: 123456\nاین کد تا ۲ دقیقه معتبر است.',
    )
  })

  it('writes the English text with the code and a two-minute validity', () => {
    expect(otpSmsText('123456', 'en')).toBe(
      'Your YektaYar sign-in code: 123456\nIt is valid for 2 minutes.',
    )
  })

  it('fits one UCS-2 SMS segment in Persian and never names the kind of service', () => {
    const fa = otpSmsText('987654', 'fa')
    expect(fa.length).toBeLessThanOrEqual(70)
    expect(fa).not.toMatch(REVEALING)
    expect(otpSmsText('987654', 'en')).not.toMatch(REVEALING)
  })
})

describe('otpEmail', () => {
  it('gives a subject, a text body and a right-to-left HTML body in Persian', () => {
    const email = otpEmail('123456', 'fa')
    expect(email.subject).toBe('کد ورود یکتایار')
    expect(email.text).toContain('123456')
    expect(email.text).toContain('۲ دقیقه')
    expect(email.html).toContain('dir="rtl"')
    expect(email.html).toContain('<p>کد ورود شما به یکتایار: 123456</p>')
  })

  it('gives a left-to-right English email and stays discreet', () => {
    const email = otpEmail('123456', 'en')
    expect(email.subject).toBe('Your YektaYar sign-in code')
    expect(email.text).toContain('valid for 2 minutes')
    expect(email.html).toContain('dir="ltr"')
    expect(`${email.subject}${email.text}`).not.toMatch(REVEALING)
  })

  it('escapes markup that ends up in the HTML body', () => {
    expect(otpEmail('<b>1</b>', 'en').html).toContain('&lt;b&gt;1&lt;/b&gt;')
  })
})
