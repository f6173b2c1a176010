import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { DayKey } from '../format/date-time.ts'
import { i18n } from '../i18n/init-i18n.ts'
import { initI18n } from '../i18n/init-i18n-both.ts'
import { MonthCalendar, type MonthCalendarProps } from './month-calendar.tsx'

initI18n({ fa: {}, en: {} })

// Farvardin 1405 starts on Saturday 21 March 2026.
const TODAY = '2026-03-22'
const FREE = new Set(['2026-03-24', '2026-03-25', '2026-04-02'])

function Harness(props: Partial<MonthCalendarProps>) {
  const [selected, setSelected] = useState<DayKey | null>(null)
  return (
    <MonthCalendar
      availableDays={FREE}
      selectedDay={selected}
      onSelectDay={setSelected}
      label="روز جلسه"
      today={TODAY}
      minDay={TODAY}
      {...props}
    />
  )
}

const grid = () => screen.getByRole('grid', { name: 'روز جلسه' })
const focusedDay = () => document.activeElement?.getAttribute('data-day')

/** Tabs past the month buttons to the grid's single tab stop. */
async function tabIntoGrid(user: ReturnType<typeof userEvent.setup>) {
  for (let step = 0; step < 5 && !grid().contains(document.activeElement); step++) await user.tab()
}
const day = (name: string) => within(grid()).getByRole('button', { name })

describe('MonthCalendar in fa', () => {
  beforeEach(() => i18n.changeLanguage('fa'))

  it('shows the Jalali month with Saturday-first weeks and Persian digits', () => {
    render(<Harness />)

    expect(screen.getByText('فروردین ۱۴۰۵')).toBeTruthy()
    const heads = within(grid()).getAllByRole('columnheader')
    expect(heads).toHaveLength(7)
    expect(heads[0]?.textContent).toBe('ششنبه')
    expect(heads[1]?.textContent).toBe('ییکشنبه')
    expect(heads[6]?.textContent).toBe('ججمعه')
    const firstRow = within(grid()).getAllByRole('row')[1]
    expect(within(firstRow as HTMLElement).getAllByRole('button')[0]?.textContent).toBe('۱')
  })

  it('labels days in full, marks free days and today, and mutes the rest', () => {
    render(<Harness />)

    const free = day('سه‌شنبه ۴ فروردین ۱۴۰۵، زمان آزاد دارد')
    expect(free.hasAttribute('aria-disabled')).toBe(false)
    const busy = day('پنجشنبه ۶ فروردین ۱۴۰۵، زمان آزاد ندارد')
    expect(busy.getAttribute('aria-disabled')).toBe('true')
    expect(day('یکشنبه ۲ فروردین ۱۴۰۵، زمان آزاد ندارد').getAttribute('aria-current')).toBe('date')
  })

  it('selects a free day on click and ignores a muted one', async () => {
    const onSelectDay = vi.fn()
    render(<Harness onSelectDay={onSelectDay} />)

    await userEvent.click(day('پنجشنبه ۶ فروردین ۱۴۰۵، زمان آزاد ندارد'))
    expect(onSelectDay).not.toHaveBeenCalled()

    await userEvent.click(day('سه‌شنبه ۴ فروردین ۱۴۰۵، زمان آزاد دارد'))
    expect(onSelectDay).toHaveBeenCalledExactlyOnceWith('2026-03-24')
  })

  it('keeps one tab stop, on the first free day, and moves it with the arrow keys', async () => {
    const user = userEvent.setup()
    render(<Harness />)

    await tabIntoGrid(user)
    expect(focusedDay()).toBe('2026-03-24')
    expect(
      within(grid())
        .getAllByRole('button')
        .filter((b) => b.tabIndex === 0),
    ).toHaveLength(1)

    // Right to left: the left arrow is the next day, down is a week later.
    await user.keyboard('{ArrowLeft}')
    expect(focusedDay()).toBe('2026-03-25')
    await user.keyboard('{ArrowDown}')
    expect(focusedDay()).toBe('2026-04-01')
    await user.keyboard('{ArrowLeft}{Enter}')
    const selected = within(grid()).getByRole('gridcell', { selected: true })
    expect(within(selected).getByRole('button').getAttribute('data-day')).toBe('2026-04-02')
  })

  it('does not move before the earliest day', async () => {
    const user = userEvent.setup()
    render(<Harness availableDays={new Set([TODAY])} />)

    await tabIntoGrid(user)
    await user.keyboard('{ArrowRight}{ArrowUp}')
    expect(focusedDay()).toBe(TODAY)
    expect(screen.getByRole('button', { name: 'ماه قبل' }).hasAttribute('disabled')).toBe(true)
  })

  it('crosses into the next month by keyboard and by the month buttons, reporting each month', async () => {
    const onMonthChange = vi.fn()
    const user = userEvent.setup()
    render(<Harness onMonthChange={onMonthChange} />)
    expect(onMonthChange).toHaveBeenLastCalledWith('2026-03-21', '2026-04-20')

    await user.click(screen.getByRole('button', { name: 'ماه بعد' }))
    expect(screen.getByText('اردیبهشت ۱۴۰۵')).toBeTruthy()
    expect(onMonthChange).toHaveBeenLastCalledWith('2026-04-21', '2026-05-21')

    await user.click(screen.getByRole('button', { name: 'ماه قبل' }))
    await tabIntoGrid(user)
    await user.keyboard('{PageDown}')
    expect(screen.getByText('اردیبهشت ۱۴۰۵')).toBeTruthy()
    expect(focusedDay()).toBe('2026-04-24')
  })
})

describe('MonthCalendar in en', () => {
  beforeEach(() => i18n.changeLanguage('en'))

  it('shows the Gregorian month, Sunday first, and left-to-right arrows', async () => {
    const user = userEvent.setup()
    render(<Harness />)

    expect(screen.getByText('March 2026')).toBeTruthy()
    expect(within(grid()).getAllByRole('columnheader')[0]?.textContent).toBe('SSunday')
    expect(day('Tuesday, March 24, 2026, free times available')).toBeTruthy()

    await tabIntoGrid(user)
    await user.keyboard('{ArrowRight}')
    expect(focusedDay()).toBe('2026-03-25')
  })

  it('can start weeks on Monday', () => {
    render(<Harness weekStartsOn={1} />)
    expect(within(grid()).getAllByRole('columnheader')[0]?.textContent).toBe('MMonday')
  })
})

describe('MonthCalendar for picking dates', () => {
  beforeEach(() => i18n.changeLanguage('fa'))

  it('speaks the labels it is given instead of free-time wording', () => {
    render(
      <Harness dayStatusLabels={{ available: 'قابل انتخاب', unavailable: 'غیرقابل انتخاب' }} />,
    )

    expect(day('سه‌شنبه ۴ فروردین ۱۴۰۵، قابل انتخاب').hasAttribute('aria-disabled')).toBe(false)
    expect(day('پنجشنبه ۶ فروردین ۱۴۰۵، غیرقابل انتخاب').getAttribute('aria-disabled')).toBe('true')
  })
})
