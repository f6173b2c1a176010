import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { i18n } from '@yektayar/ui'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { COURSE_ID, course, figures } from '../testing/course-fixtures.ts'
import { fakeApi, renderPage } from '../testing/render-page.tsx'
import { CourseFiguresPage } from './course-figures-page.tsx'

const open = () =>
  renderPage('/courses/:courseId/figures', CourseFiguresPage, `/courses/${COURSE_ID}/figures`)

describe('course figures', () => {
  beforeEach(() => i18n.changeLanguage('en'))
  afterEach(() => vi.unstubAllGlobals())

  it('gives totals, a weekly chart, and the same figures as a table for screen readers', async () => {
    fakeApi(['courses.manage'], (call) =>
      call.path.endsWith('/figures')
        ? { status: 200, body: figures() }
        : { status: 200, body: course() },
    )
    open()
    expect(await screen.findByRole('heading', { name: 'Figures of “Better sleep”' })).toBeTruthy()
    const totals = await screen.findByText('Enrolments', { selector: 'dt' })
    expect(totals.nextElementSibling?.textContent).toBe('42')
    expect(screen.getByText('Completion rate').nextElementSibling?.textContent).toBe('16.7%')
    expect(screen.getByText('Average progress').nextElementSibling?.textContent).toBe('38.5%')

    const figure = screen.getByRole('figure', { name: /Enrolments and completions per week/ })
    expect(figure.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true')
    expect(
      within(figure).getByText('66 enrolments and 18 completions in the last 12 weeks.'),
    ).toBeTruthy()
    const table = within(figure).getByRole('table')
    const rows = within(table).getAllByRole('row')
    expect(rows).toHaveLength(13)
    expect(
      within(rows[12] as HTMLElement)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['11', '3'])
    // Hidden from sight (not from screen readers) until someone asks for it.
    expect(table.parentElement?.className).toBe('sr-only')
    await userEvent.click(within(figure).getByRole('button', { name: 'Show as a table' }))
    expect(table.parentElement?.className).not.toContain('sr-only')
    expect(
      within(figure).getByRole('button', { name: 'Hide the table' }).getAttribute('aria-expanded'),
    ).toBe('true')
  })

  it('says when nobody has enrolled yet', async () => {
    fakeApi(['courses.manage'], (call) =>
      call.path.endsWith('/figures')
        ? {
            status: 200,
            body: figures({
              enrolments: 0,
              completions: 0,
              averageProgress: 0,
              byWeek: figures().byWeek.map((week) => ({ ...week, enrolments: 0, completions: 0 })),
            }),
          }
        : { status: 200, body: course() },
    )
    open()
    expect(await screen.findByText('Nobody has enrolled in this course yet.')).toBeTruthy()
    expect(screen.getByText('Completion rate').nextElementSibling?.textContent).toBe('0%')
  })
})
