import { QueryClientProvider } from '@tanstack/react-query'
import { render, screen, within } from '@testing-library/react'
import { createQueryClient, i18n } from '@yektayar/ui'
import { createMemoryRouter, matchRoutes, RouterProvider } from 'react-router'
import { beforeEach, describe, expect, it } from 'vitest'
import { OFFERINGS } from '../features/home/offerings.ts'
import { initAppI18n } from './i18n-both-languages.ts'
import { appRoutes } from './router.tsx'

initAppI18n()

describe('the home page’s offerings', () => {
  beforeEach(() => i18n.changeLanguage('fa'))

  it('link only to pages the app has', () => {
    for (const { key, to } of OFFERINGS) {
      if (!to) continue
      const matched = matchRoutes(appRoutes, to)?.at(-1)?.route.path
      expect(matched, `${key} → ${to}`).not.toBe('*')
    }
  })

  it('link every card to its page, with nothing left as coming', async () => {
    const router = createMemoryRouter(appRoutes, { initialEntries: ['/'] })
    render(
      <QueryClientProvider client={createQueryClient()}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    )
    const section = (
      await screen.findByRole('heading', { name: 'هر آنچه در مسیر درمان لازم دارید' })
    ).parentElement as HTMLElement
    const card = (name: string) =>
      within(section)
        .getByRole('heading', { name: new RegExp(name) })
        .closest('li') as HTMLElement
    expect(within(section).queryByText('به‌زودی')).toBeNull()
    const assess = within(card('ارزیابی‌های معتبر')).getByRole('link')
    expect(assess.getAttribute('href')).toBe('/assessments')
    const find = within(card('یافتن روان‌شناس')).getByRole('link')
    expect(find.getAttribute('href')).toBe('/psychologists')
    expect(within(card('یافتن روان‌شناس')).queryByText('به‌زودی')).toBeNull()
    const learn = within(card('دوره‌های آموزشی')).getByRole('link')
    expect(learn.getAttribute('href')).toBe('/courses')
    const companion = within(card('همراه هوشمند میان جلسه‌ها')).getByRole('link')
    expect(companion.getAttribute('href')).toBe('/companion')
    expect(within(card('همراه هوشمند میان جلسه‌ها')).queryByText('به‌زودی')).toBeNull()
  })
})
