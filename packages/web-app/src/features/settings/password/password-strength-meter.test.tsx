import { render, screen } from '@testing-library/react'
import { PASSWORD_MIN_LENGTH, PASSWORD_MIN_SCORE } from '@yektayar/shared/types'
import { i18n } from '@yektayar/ui'
import { dictionary } from '@zxcvbn-ts/language-common'
import { beforeEach, describe, expect, it } from 'vitest'
import { initTestI18n } from '../../../shared/testing/test-support.tsx'
import { settingsMessagesEn } from '../settings-messages-en.ts'
import { settingsMessagesFa } from '../settings-messages-fa.ts'
import { passwordEstimator } from './password-estimator.ts'
import { strengthOf } from './password-strength.ts'
import { PasswordStrengthMeter } from './password-strength-meter.tsx'

initTestI18n({ fa: { settings: settingsMessagesFa }, en: { settings: settingsMessagesEn } })

describe('strengthOf', () => {
  it("judges as the server does: length first, then the common list, then zxcvbn's score", () => {
    expect(strengthOf('x7#kq2mzLp0', passwordEstimator).refusal).toBe('PASSWORD_TOO_SHORT')
    const common = dictionary['passwords-common'].find((word) => word.length >= PASSWORD_MIN_LENGTH)
    expect(strengthOf(common ?? '', passwordEstimator).refusal).toBe('PASSWORD_TOO_COMMON')
    expect(strengthOf('a9a9a9a9a9a9a9a9', passwordEstimator).refusal).toBe('PASSWORD_TOO_WEAK')
    expect(strengthOf('aaaaaaaaaaaaaaaaaaaaaaaa', passwordEstimator).refusal).toBe(
      'PASSWORD_TOO_WEAK',
    )
    const accepted = strengthOf('گل‌های-بهاری-تهران', passwordEstimator)
    expect(accepted.refusal).toBeNull()
    expect(accepted.score).toBeGreaterThanOrEqual(PASSWORD_MIN_SCORE)
  })

  it('counts characters as people do (Persian and emoji are one each)', () => {
    expect(strengthOf('😀😀😀', passwordEstimator).length).toBe(3)
    expect(strengthOf('مریم۱۳۶۵مریم', passwordEstimator).length).toBe(PASSWORD_MIN_LENGTH)
  })
})

describe('PasswordStrengthMeter', () => {
  beforeEach(() => i18n.changeLanguage('fa'))

  it('shows the rule, in Persian digits, before anything is typed', () => {
    render(<PasswordStrengthMeter id="s" password="" />)
    expect(screen.getByText(/دست‌کم ۱۲ نویسه/)).toBeTruthy()
    expect(screen.queryByRole('meter')).toBeNull()
  })

  it('loads the estimator on the first character and names the level and the reason', async () => {
    render(<PasswordStrengthMeter id="s" password="a9a9a9a9a9a9a9a9" />)
    const meter = await screen.findByRole('meter', { name: 'قدرت رمز' })
    expect(meter.getAttribute('aria-valuetext')).toBe('خیلی ضعیف')
    expect(screen.getByText(/حدس زدنش آسان است/)).toBeTruthy()
  })

  it('says how far a short password is from the minimum, in English too', async () => {
    await i18n.changeLanguage('en')
    render(<PasswordStrengthMeter id="s" password="river" />)
    expect(await screen.findByText(/Still short: 5 of at least 12 characters/)).toBeTruthy()
  })

  it('says a strong one will be accepted', async () => {
    await i18n.changeLanguage('en')
    render(<PasswordStrengthMeter id="s" password="tangerine-orbit-41-lamp" />)
    expect(await screen.findByText(/It will be accepted/)).toBeTruthy()
    const meter = screen.getByRole('meter')
    expect(Number(meter.getAttribute('value'))).toBeGreaterThanOrEqual(PASSWORD_MIN_SCORE)
  })
})
