import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { i18n } from '@yektayar/ui'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, renderPage } from '../testing/render-page.tsx'
import { AnnouncementsPage } from './announcements-page.tsx'

const EMPTY_PAGE = { status: 200, body: { items: [], nextCursor: null } }

describe('announcement composer', () => {
  beforeEach(() => i18n.changeLanguage('en'))
  afterEach(() => vi.unstubAllGlobals())

  it('names each missing field instead of sending', async () => {
    const calls = fakeApi(['notifications.announce'], () => EMPTY_PAGE)
    renderPage('/announcements', AnnouncementsPage)
    await userEvent.click(await screen.findByRole('button', { name: 'Send announcement' }))

    expect(screen.getAllByText('Fill this in.')).toHaveLength(4)
    expect(screen.getByLabelText('Title (Persian)').getAttribute('aria-invalid')).toBe('true')
    expect(calls.filter((call) => call.method === 'POST')).toEqual([])
  })

  it('previews as typed, Persian right to left and English left to right', async () => {
    fakeApi(['notifications.announce'], () => EMPTY_PAGE)
    renderPage('/announcements', AnnouncementsPage)
    await userEvent.type(await screen.findByLabelText('Title (Persian)'), 'ساعات کاری تازه')
    await userEvent.type(screen.getByLabelText('Text (English)'), 'We open at nine.')

    const fa = screen.getByTestId('preview-fa')
    const en = screen.getByTestId('preview-en')
    expect(fa.getAttribute('dir')).toBe('rtl')
    expect(fa.getAttribute('lang')).toBe('fa')
    expect(within(fa).getByText('ساعات کاری تازه')).toBeTruthy()
    // Each card is in its own language whatever the panel speaks: the empty body's stand-in.
    expect(within(fa).getByText('متن اطلاعیه اینجا دیده می‌شود.')).toBeTruthy()
    expect(en.getAttribute('dir')).toBe('ltr')
    expect(within(en).getByText('We open at nine.')).toBeTruthy()
    expect(within(en).getByText('Announcement title')).toBeTruthy()
  })

  it('refuses a past send time, then schedules one in Tehran time and says when', async () => {
    const calls = fakeApi(['notifications.announce'], (call) =>
      call.method === 'POST'
        ? {
            status: 201,
            body: { ...(call.body as object), id: 'a1', status: 'scheduled', recipientCount: null },
          }
        : EMPTY_PAGE,
    )
    renderPage('/announcements', AnnouncementsPage)
    await userEvent.selectOptions(await screen.findByLabelText('Audience'), 'staff')
    await userEvent.type(screen.getByLabelText('Title (Persian)'), 'جلسه')
    await userEvent.type(screen.getByLabelText('Title (English)'), 'Meeting')
    await userEvent.type(screen.getByLabelText('Text (Persian)'), 'ساعت ده')
    await userEvent.type(screen.getByLabelText('Text (English)'), 'At ten')
    await userEvent.click(screen.getByRole('radio', { name: 'At a set time' }))
    const when = screen.getByLabelText('Date and time (Asia/Tehran)')
    await userEvent.type(when, '2020-01-01T10:00')
    await userEvent.click(screen.getByRole('button', { name: 'Schedule announcement' }))
    expect(screen.getByText('The send time must be in the future.')).toBeTruthy()

    await userEvent.clear(when)
    await userEvent.type(when, '2099-03-21T09:30')
    // Read back in both calendars: 21 March 2099 is 2 Farvardin 1478.
    expect(screen.getByText(/۲ فروردین ۱۴۷۸/)).toBeTruthy()
    expect(screen.getByText(/March 21, 2099/)).toBeTruthy()
    await userEvent.click(screen.getByRole('button', { name: 'Schedule announcement' }))

    await waitFor(() => expect(calls.some((call) => call.method === 'POST')).toBe(true))
    expect(calls.find((call) => call.method === 'POST')).toEqual({
      method: 'POST',
      path: '/api/v1/admin/announcements',
      body: {
        audience: 'staff',
        title: { fa: 'جلسه', en: 'Meeting' },
        body: { fa: 'ساعت ده', en: 'At ten' },
        sendAt: '2099-03-21T06:00:00.000Z',
      },
    })
    expect(await screen.findByText(/The announcement is scheduled for/)).toBeTruthy()
  })

  it('shows the server’s refusal in the reader’s language', async () => {
    fakeApi(['notifications.announce'], (call) =>
      call.method === 'POST'
        ? {
            status: 400,
            body: { type: 'x', title: 'x', status: 400, code: 'ANNOUNCEMENT_SEND_AT_PAST' },
          }
        : EMPTY_PAGE,
    )
    renderPage('/announcements', AnnouncementsPage)
    for (const label of [
      'Title (Persian)',
      'Title (English)',
      'Text (Persian)',
      'Text (English)',
    ]) {
      await userEvent.type(await screen.findByLabelText(label), 'x')
    }
    await userEvent.click(screen.getByRole('button', { name: 'Send announcement' }))
    expect(
      await screen.findByText('The send time of an announcement must be in the future.'),
    ).toBeTruthy()
  })

  it('lists announcements and cancels a scheduled one', async () => {
    const scheduled = {
      id: 'a1',
      audience: 'patients',
      title: { fa: 'تعطیلات', en: 'Holidays' },
      body: { fa: 'متن', en: 'Closed on Friday' },
      sendAt: '2099-01-01T06:00:00.000Z',
      status: 'scheduled',
      recipientCount: null,
      createdBy: 'u1',
      createdAt: '2026-01-01T06:00:00.000Z',
    }
    const sent = {
      ...scheduled,
      id: 'a2',
      title: { fa: 'قبلی', en: 'Earlier' },
      status: 'sent',
      recipientCount: 1200,
    }
    let cancelled = false
    const calls = fakeApi(['notifications.announce'], (call) => {
      if (call.method === 'POST') {
        cancelled = true
        return { status: 200, body: { ...scheduled, status: 'cancelled' } }
      }
      const first = cancelled ? { ...scheduled, status: 'cancelled' } : scheduled
      return { status: 200, body: { items: [first, sent], nextCursor: null } }
    })
    renderPage('/announcements', AnnouncementsPage)

    expect(await screen.findByText('Holidays')).toBeTruthy()
    expect(screen.getByText('1,200 recipients')).toBeTruthy()
    const cancel = screen.getAllByRole('button', { name: 'Cancel sending' })
    expect(cancel).toHaveLength(1)
    await userEvent.click(cancel[0] as HTMLElement)

    await waitFor(() => expect(screen.queryByRole('button', { name: 'Cancel sending' })).toBeNull())
    expect(calls.some((c) => c.method === 'POST' && c.path.endsWith('/a1/cancel'))).toBe(true)
    expect(screen.getByText('Cancelled')).toBeTruthy()
  })

  it('tells staff without notifications.announce that they may not', async () => {
    const calls = fakeApi(['users.read.any'], () => EMPTY_PAGE)
    renderPage('/announcements', AnnouncementsPage)
    expect(await screen.findByText('No access')).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Send announcement' })).toBeNull()
    expect(calls).toEqual([])
  })
})
