import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { i18n } from '@yektayar/ui'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { alertMessagesFa } from '../../../shared/safety/alert-messages-fa.ts'
import { companionMessagesEn as en } from '../companion-messages-en.ts'
import { companionMessagesFa as fa } from '../companion-messages-fa.ts'
import {
  CONVERSATION_ID,
  messageFixture,
  replyFixture,
  sharedFixture,
} from '../testing/companion-fixtures.ts'
import { fakeCompanionApi } from '../testing/fake-companion-api.ts'
import { initCompanionI18n, renderCompanionRoutes } from '../testing/render-companion.tsx'

initCompanionI18n()

const LIST = 'GET /api/v1/companion/shared'
const MESSAGES = `GET /api/v1/companion/shared/${CONVERSATION_ID}/messages`
const OTHER_ID = '77777777-7777-4777-8777-777777777777'
const THIRD_ID = '88888888-8888-4888-8888-888888888888'
const EMPTY_PAGE = { status: 200, body: { items: [], nextCursor: null } }
const page = (items: unknown[], nextCursor: string | null = null) => ({
  status: 200,
  body: { items, nextCursor },
})
const notFound = {
  status: 404,
  body: { type: 'about:blank', title: 'x', status: 404, code: 'NOT_FOUND' },
}
const t = fa.shared.transcript
// Routes are lazy chunks: their first import in a test run is transformed on the spot.
const SLOW = { timeout: 15_000 }

const id = (n: number) => `00000000-0000-4000-8000-0000000000a${n}`
const said = (n: number, content: string, level: 'none' | 'concern' | 'crisis' = 'none') =>
  messageFixture({
    id: id(n),
    content,
    safety: {
      level,
      reasons:
        level === 'crisis' ? ['explicit_intent'] : level === 'concern' ? ['hopelessness'] : [],
    },
    createdAt: `2026-12-01T08:1${n}:00.000Z`,
  })
const replied = (n: number, content: string) =>
  replyFixture({ id: id(n), content, createdAt: `2026-12-01T08:1${n}:30.000Z` })

describe('what patients shared with their psychologist', () => {
  beforeEach(() => i18n.changeLanguage('fa'))
  afterEach(() => vi.unstubAllGlobals())

  describe('the list', () => {
    it('shows each conversation’s patient, title and Jalali dates, pages on and opens one', async () => {
      const calls = fakeCompanionApi({
        [LIST]: [page([sharedFixture()], 'next-1')],
        [`${LIST}?cursor=next-1`]: [
          page([sharedFixture({ id: OTHER_ID, title: null }, 'Reza Karimi')]),
        ],
        [MESSAGES]: [EMPTY_PAGE],
      })
      const { router } = renderCompanionRoutes('/companion/shared')
      expect(await screen.findByRole('heading', { level: 1, name: fa.shared.title }, SLOW))
      const list = await screen.findByRole('list', { name: fa.shared.label })
      const first = within(list).getAllByRole('listitem')[0] as HTMLElement
      expect(within(first).getByText('سارا رضایی')).toBeTruthy()
      // Shared on 2 December 2026: 11 Azar 1405.
      expect(within(first).getByText('۱۱ آذر ۱۴۰۵').tagName).toBe('TIME')
      expect(within(first).getByText(fa.shared.lastActivity)).toBeTruthy()

      await userEvent.click(screen.getByRole('button', { name: fa.shared.more }))
      const second = await within(list).findByRole('link', {
        name: `«\u2068${fa.untitled}\u2069»، هم‌رسانی‌شده از سوی \u2068Reza Karimi\u2069`,
      })
      expect(second.textContent).toBe(fa.untitled)
      expect(calls.sentTo(`${LIST}?cursor=next-1`)).toHaveLength(1)
      expect(screen.queryByRole('button', { name: fa.shared.more })).toBeNull()

      await userEvent.click(within(list).getAllByRole('link')[0] as HTMLElement)
      await waitFor(
        () => expect(router.state.location.pathname).toBe(`/companion/shared/${CONVERSATION_ID}`),
        SLOW,
      )
      // The patient's name comes along from the list already read.
      expect(
        await screen.findByRole('heading', {
          level: 1,
          name: 'گفت‌وگوی سارا رضایی با همراه هوشمند',
        }),
      ).toBeTruthy()
    })

    it('explains, when empty, that patients choose what to share', async () => {
      fakeCompanionApi({ [LIST]: [EMPTY_PAGE] })
      renderCompanionRoutes('/companion/shared')
      expect(await screen.findByText(fa.shared.emptyTitle, {}, SLOW)).toBeTruthy()
      expect(screen.getByText(fa.shared.emptyBody)).toBeTruthy()
    })

    it('says when the list could not be read, and tries again', async () => {
      fakeCompanionApi({ [LIST]: [{ status: 503, body: null }, EMPTY_PAGE] })
      renderCompanionRoutes('/companion/shared')
      const alert = await screen.findByRole('alert', {}, SLOW)
      await userEvent.click(within(alert).getByRole('button'))
      expect(await screen.findByText(fa.shared.emptyTitle)).toBeTruthy()
    })

    it('speaks English too', async () => {
      await i18n.changeLanguage('en')
      fakeCompanionApi({ [LIST]: [EMPTY_PAGE] })
      renderCompanionRoutes('/companion/shared')
      expect(await screen.findByRole('heading', { level: 1, name: en.shared.title }, SLOW))
      expect(await screen.findByText(en.shared.emptyBody)).toBeTruthy()
    })
  })

  describe('the transcript', () => {
    it('reads oldest first, flags the risk the safety check saw, and loads earlier messages', async () => {
      const calls = fakeCompanionApi({
        [LIST]: [page([sharedFixture()])],
        [MESSAGES]: [
          page(
            [
              replied(4, 'کنارت هستم. **لطفاً** همین حالا با ۱۲۳ تماس بگیر.'),
              said(3, 'دیگر نمی‌خواهم زنده باشم', 'crisis'),
              replied(2, 'می‌شنوم که خسته‌ای.'),
              said(1, 'هیچ امیدی ندارم', 'concern'),
            ],
            'older-1',
          ),
        ],
        [`${MESSAGES}?cursor=older-1`]: [page([said(0, 'سلام')])],
      })
      renderCompanionRoutes(`/companion/shared/${CONVERSATION_ID}`)
      const section = await screen.findByRole('region', { name: t.messagesLabel }, SLOW)
      expect(
        await screen.findByText(
          'این همان چیزی است که سارا رضایی از گفت‌وگو با همراه هوشمندش برای شما هم‌رسانی کرده است. پاسخ‌ها را یک برنامهٔ هوش مصنوعی نوشته است، نه یک درمانگر، و توصیهٔ بالینی نیستند.',
        ),
      ).toBeTruthy()
      const texts = () =>
        within(section)
          .getAllByRole('listitem')
          .map((item) => item.textContent)
      expect(texts()).toEqual([
        `سارا رضایی: هیچ امیدی ندارم${t.safety.concern}${alertMessagesFa.reasons.hopelessness}`,
        `${fa.chat.companion}می‌شنوم که خسته‌ای.${fa.chat.copy}`,
        `سارا رضایی: دیگر نمی‌خواهم زنده باشم${t.safety.crisis}${alertMessagesFa.reasons.explicit_intent}`,
        `${fa.chat.companion}کنارت هستم. لطفاً همین حالا با ۱۲۳ تماس بگیر.${fa.chat.copy}`,
      ])
      // Replies are safe Markdown; there is nothing to write with.
      expect(within(section).getByText('لطفاً').tagName).toBe('STRONG')
      expect(screen.queryByRole('textbox')).toBeNull()

      const older = screen.getByRole('button', { name: t.older })
      older.focus()
      await userEvent.keyboard('{Enter}')
      await waitFor(() => expect(texts()).toHaveLength(5))
      expect(texts()[0]).toBe('سارا رضایی: سلام')
      expect(calls.sentTo(`${MESSAGES}?cursor=older-1`)).toHaveLength(1)
      expect(screen.getByText(t.beginning)).toBeTruthy()
      expect(screen.getByText(t.olderLoaded)).toBeTruthy()
      // The button went with the last page; focus stayed at the top of the transcript.
      expect(document.activeElement?.textContent).toBe(t.beginning)
    })

    it('says plainly when the patient no longer shares it', async () => {
      const calls = fakeCompanionApi({
        [LIST]: [page([sharedFixture()]), EMPTY_PAGE],
        [MESSAGES]: [notFound],
      })
      renderCompanionRoutes(`/companion/shared/${CONVERSATION_ID}`)
      expect(await screen.findByRole('heading', { name: t.goneTitle }, SLOW)).toBeTruthy()
      expect(screen.getByText(t.goneBody)).toBeTruthy()
      expect(screen.queryByRole('region', { name: t.messagesLabel })).toBeNull()
      expect(screen.getAllByRole('link', { name: t.back })[0]?.getAttribute('href')).toBe(
        '/companion/shared',
      )
      // The list is read again, so it no longer offers it.
      await waitFor(() => expect(calls.sentTo(LIST)).toHaveLength(2))
    })

    it('still reads when the patient’s name cannot be found', async () => {
      fakeCompanionApi({
        [LIST]: [EMPTY_PAGE],
        [MESSAGES]: [page([said(1, 'سلام')])],
      })
      renderCompanionRoutes(`/companion/shared/${CONVERSATION_ID}`)
      expect(
        await screen.findByRole('heading', { level: 1, name: t.headingUnnamed }, SLOW),
      ).toBeTruthy()
      expect(await screen.findByText(t.noticeUnnamed)).toBeTruthy()
      expect((await screen.findByRole('listitem')).textContent).toBe(`${t.patient}: سلام`)
    })
  })

  describe('the guard', () => {
    it('gives a patient neither page', async () => {
      const calls = fakeCompanionApi({})
      for (const path of ['/companion/shared', `/companion/shared/${THIRD_ID}`]) {
        const { router, unmount } = renderCompanionRoutes(path, 'patient')
        await waitFor(() => expect(router.state.location.pathname).toBe('/'), SLOW)
        expect(screen.getByRole('heading', { name: 'home' })).toBeTruthy()
        unmount()
      }
      expect(calls.calls().filter((call) => call.key.includes('/companion/shared'))).toEqual([])
    })
  })
})
