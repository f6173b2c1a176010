import { describe, expect, it } from 'vitest'
import { sandboxPayPage } from './sandbox-page.ts'

describe('the sandbox pay page', () => {
  const page = sandboxPayPage({
    authority: `S${'a'.repeat(36)}`,
    amountIrr: 14_000_000,
    appointment: {
      psychologistName: { fa: 'مریم احمدی', en: 'Maryam Ahmadi' },
      sessionTypeName: { fa: 'جلسهٔ فردی آنلاین', en: 'Online session' },
      startsAt: '2026-12-06T08:30:00.000Z',
      durationMinutes: 50,
    },
  })
  const visible = page.replace(/<style>[\s\S]*?<\/style>|<[^>]+>/g, ' ')

  it('names the psychologist and the session, with a Jalali time in Persian order', () => {
    expect(visible).toContain('مریم احمدی')
    expect(visible).toContain('جلسهٔ فردی آنلاین')
    expect(visible).toContain('یکشنبه ۱۵ آذر ۱۴۰۵، ساعت ۱۲:۰۰ (به وقت تهران)')
    expect(visible).toContain('۱٬۴۰۰٬۰۰۰ تومان')
  })

  it('uses one digit system and runs no script', () => {
    expect(visible).not.toMatch(/[0-9]/)
    expect(page).not.toContain('<script')
  })
})
