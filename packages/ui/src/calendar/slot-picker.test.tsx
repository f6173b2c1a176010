import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { TimeZoneProvider } from '../format/time-zone.tsx'
import { i18n } from '../i18n/init-i18n.ts'
import { initI18n } from '../i18n/init-i18n-both.ts'
import { daysWithSlots, groupSlotsByDay } from './group-slots.ts'
import { SlotPicker, type SlotPickerProps } from './slot-picker.tsx'

initI18n({ fa: {}, en: {} })

// In Tehran (UTC+3:30): 09:00 and 13:30 on 29 Esfand 1404, then 00:30 on 1 Farvardin 1405.
const SLOTS = ['2026-03-20T10:00:00Z', '2026-03-20T21:00:00Z', '2026-03-20T05:30:00Z']

function Harness(props: Partial<SlotPickerProps> & { timeZone?: string }) {
  const [value, setValue] = useState<string | null>(null)
  return (
    <TimeZoneProvider timeZone={props.timeZone}>
      <SlotPicker slots={SLOTS} value={value} onChange={setValue} {...props} />
    </TimeZoneProvider>
  )
}

describe('groupSlotsByDay', () => {
  it('sorts the instants and groups them by the day in the given zone', () => {
    expect(groupSlotsByDay(SLOTS, 'Asia/Tehran')).toEqual([
      { day: '2026-03-20', slots: ['2026-03-20T05:30:00Z', '2026-03-20T10:00:00Z'] },
      { day: '2026-03-21', slots: ['2026-03-20T21:00:00Z'] },
    ])
    expect([...daysWithSlots(SLOTS, 'UTC')]).toEqual(['2026-03-20'])
  })
})

describe('SlotPicker', () => {
  beforeEach(() => i18n.changeLanguage('fa'))

  it('shows local times in Persian digits under their Jalali day', () => {
    render(<Harness />)

    const friday = screen.getByRole('group', { name: 'جمعه ۲۹ اسفند' })
    expect(
      within(friday)
        .getAllByRole('radio')
        .map((radio) => radio.closest('label')?.textContent),
    ).toEqual(['۰۹:۰۰', '۱۳:۳۰'])
    const saturday = screen.getByRole('group', { name: 'شنبه ۱ فروردین' })
    expect(within(saturday).getByRole('radio', { name: '۰۰:۳۰' })).toBeTruthy()
  })

  it('selects a slot by click and reports its instant', async () => {
    const onChange = vi.fn()
    render(<Harness onChange={onChange} />)

    await userEvent.click(screen.getByRole('radio', { name: '۱۳:۳۰' }))

    expect(onChange).toHaveBeenCalledExactlyOnceWith('2026-03-20T10:00:00Z')
  })

  it('is one tab stop whose arrow keys move between times', async () => {
    const user = userEvent.setup()
    render(<Harness />)

    await user.tab()
    await user.keyboard('{ArrowDown}')

    const checked = screen.getByRole('radio', { checked: true })
    expect(checked.getAttribute('value')).toBe('2026-03-20T10:00:00Z')
  })

  it('follows the user zone and can show a single day', () => {
    render(<Harness timeZone="Europe/London" day="2026-03-20" />)
    expect(
      screen.getAllByRole('radio').map((radio) => radio.closest('label')?.textContent),
    ).toEqual(['۰۵:۳۰', '۱۰:۰۰', '۲۱:۰۰'])
  })

  it('says so when the day has no free time', () => {
    render(<Harness day="2026-03-25" />)
    expect(screen.getByText('در این روز زمان آزادی نمانده است.')).toBeTruthy()
  })

  it('uses 12-hour times and Gregorian days in en', async () => {
    await i18n.changeLanguage('en')
    render(<Harness />)
    expect(screen.getByRole('group', { name: 'Friday, March 20' })).toBeTruthy()
    expect(screen.getByRole('radio', { name: '1:30 PM' })).toBeTruthy()
  })
})
