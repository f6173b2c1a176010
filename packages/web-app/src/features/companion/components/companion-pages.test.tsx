import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { i18n } from '@yektayar/ui'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { companionMessagesEn as en } from '../companion-messages-en.ts'
import { companionMessagesFa as fa } from '../companion-messages-fa.ts'
import { CONVERSATION_ID, conversationFixture, THREAD_ID } from '../testing/companion-fixtures.ts'
import { fakeCompanionApi } from '../testing/fake-companion-api.ts'
import { DISCLAIMER_KEY, initCompanionI18n, renderCompanion } from '../testing/render-companion.tsx'

initCompanionI18n()

const LIST = 'GET /api/v1/companion/conversations'
const BASE = `/api/v1/companion/conversations/${CONVERSATION_ID}`
const OTHER_ID = '77777777-7777-4777-8777-777777777777'
const EMPTY_PAGE = { status: 200, body: { items: [], nextCursor: null } }
const USAGE = {
  status: 200,
  body: {
    hour: { used: 0, limit: 30, resetsAt: null },
    day: { used: 0, limit: 100, resetsAt: null },
    provider: 'offline',
    available: true,
  },
}

function chatApi(more: Parameters<typeof fakeCompanionApi>[0] = {}) {
  return fakeCompanionApi({
    [`GET ${BASE}`]: [{ status: 200, body: conversationFixture() }],
    [`GET ${BASE}/messages`]: [EMPTY_PAGE],
    'GET /api/v1/companion/usage': [USAGE],
    ...more,
  })
}

describe('the companion’s pages', () => {
  beforeEach(async () => {
    localStorage.clear()
    await i18n.changeLanguage('fa')
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    // A request an unmounted page still makes (a poll, a refetch) gets an answer, never a
    // network error: one would mark the app offline for the next test and disable its buttons.
    vi.stubGlobal('fetch', async () => new Response(null, { status: 503 }))
  })

  describe('the disclaimer', () => {
    it('is shown the first time, with the emergency numbers, and once acknowledged not again', async () => {
      fakeCompanionApi({ [LIST]: [EMPTY_PAGE, EMPTY_PAGE] })
      const first = renderCompanion('/companion', { disclaimerRead: false })
      const dialog = await screen.findByRole('dialog', { name: fa.about.title })
      expect(within(dialog).getByText(fa.about.what)).toBeTruthy()
      expect(within(dialog).getByText(fa.about.noDiagnosis)).toBeTruthy()
      const lines = within(dialog).getAllByRole('link', { name: /اورژانس|مشاور/ })
      expect(lines.map((link) => link.getAttribute('href'))).toEqual([
        'tel:123',
        'tel:1480',
        'tel:115',
      ])
      await userEvent.click(within(dialog).getByRole('button', { name: fa.about.acknowledge }))
      expect(screen.queryByRole('dialog')).toBeNull()
      expect(localStorage.getItem(DISCLAIMER_KEY)).toBe('acknowledged')

      first.unmount()
      renderCompanion('/companion', { disclaimerRead: false })
      await screen.findByText(fa.list.emptyTitle)
      expect(screen.queryByRole('dialog')).toBeNull()
    })

    it('closed without acknowledging, comes back on the next visit', async () => {
      fakeCompanionApi({ [LIST]: [EMPTY_PAGE, EMPTY_PAGE] })
      const first = renderCompanion('/companion', { disclaimerRead: false })
      const dialog = await screen.findByRole('dialog', { name: fa.about.title })
      await userEvent.click(within(dialog).getByRole('button', { name: fa.about.close }))
      expect(screen.queryByRole('dialog')).toBeNull()
      first.unmount()
      renderCompanion('/companion', { disclaimerRead: false })
      expect(await screen.findByRole('dialog', { name: fa.about.title })).toBeTruthy()
    })

    it('is always reachable from the chat’s header', async () => {
      chatApi()
      renderCompanion(`/companion/${CONVERSATION_ID}`)
      await userEvent.click(await screen.findByRole('button', { name: fa.about.open }))
      const dialog = await screen.findByRole('dialog', { name: fa.about.title })
      expect(within(dialog).queryByRole('button', { name: fa.about.acknowledge })).toBeNull()
      await userEvent.click(within(dialog).getByRole('button', { name: fa.about.close }))
      expect(screen.queryByRole('dialog')).toBeNull()
      // Focus goes back to what opened it.
      expect(document.activeElement).toBe(screen.getByRole('button', { name: fa.about.open }))
    })
  })

  describe('the conversation list', () => {
    it('lists conversations as the server orders them, newest first, and opens one', async () => {
      fakeCompanionApi({
        [LIST]: [
          {
            status: 200,
            body: {
              items: [
                conversationFixture({ sharedAt: '2026-12-02T08:00:00.000Z' }),
                conversationFixture({ id: OTHER_ID, title: null }),
              ],
              nextCursor: null,
            },
          },
        ],
      })
      const { router } = renderCompanion('/companion')
      const list = await screen.findByRole('list', { name: fa.list.label })
      const links = within(list).getAllByRole('link')
      expect(links.map((link) => link.textContent)).toEqual([
        conversationFixture().title,
        fa.untitled,
      ])
      expect(within(list).getByText(fa.list.shared)).toBeTruthy()
      await userEvent.click(links[0] as HTMLElement)
      expect(router.state.location.pathname).toBe(`/companion/${CONVERSATION_ID}`)
    })

    it('starts a new conversation from the empty list', async () => {
      const calls = fakeCompanionApi({
        [LIST]: [EMPTY_PAGE],
        'POST /api/v1/companion/conversations': [
          { status: 201, body: conversationFixture({ title: null }) },
        ],
      })
      const { router } = renderCompanion('/companion')
      expect(await screen.findByText(fa.list.emptyTitle)).toBeTruthy()
      await userEvent.click(screen.getByRole('button', { name: fa.list.new }))
      await waitFor(() =>
        expect(router.state.location.pathname).toBe(`/companion/${CONVERSATION_ID}`),
      )
      expect(calls.sentTo('POST /api/v1/companion/conversations')).toHaveLength(1)
    })

    it('deletes only after asking, with the safe answer focused', async () => {
      const calls = fakeCompanionApi({
        [LIST]: [
          { status: 200, body: { items: [conversationFixture()], nextCursor: null } },
          EMPTY_PAGE,
        ],
        [`DELETE ${BASE}`]: [{ status: 204 }],
      })
      renderCompanion('/companion')
      const title = conversationFixture().title ?? ''
      await userEvent.click(
        await screen.findByRole('button', { name: `پاک‌کردن «\u2068${title}\u2069»` }),
      )
      expect(document.activeElement?.textContent).toBe(fa.list.deleteNo)
      expect(calls.sentTo(`DELETE ${BASE}`)).toHaveLength(0)
      await userEvent.click(screen.getByRole('button', { name: fa.list.deleteYes }))
      // The notice follows the delete and the list's refetch: in the whole suite on a busy
      // machine, past 1 s (the test's own time is raised to match).
      const slow = { timeout: 5000 }
      expect(await screen.findByText(`«\u2068${title}\u2069» پاک شد.`, {}, slow)).toBeTruthy()
      expect(calls.sentTo(`DELETE ${BASE}`)).toHaveLength(1)
      expect(await screen.findByText(fa.list.emptyTitle, {}, slow)).toBeTruthy()
    }, 15_000)

    it('renames in place', async () => {
      const calls = fakeCompanionApi({
        [LIST]: [
          { status: 200, body: { items: [conversationFixture()], nextCursor: null } },
          {
            status: 200,
            body: { items: [conversationFixture({ title: 'خواب' })], nextCursor: null },
          },
        ],
        [`PATCH ${BASE}`]: [{ status: 200, body: conversationFixture({ title: 'خواب' }) }],
      })
      renderCompanion('/companion')
      await userEvent.click(await screen.findByRole('button', { name: /تغییر نام/ }))
      const field = screen.getByRole('textbox', { name: fa.list.renameLabel })
      await userEvent.clear(field)
      await userEvent.type(field, 'خواب{Enter}')
      expect(await screen.findByRole('link', { name: 'خواب' })).toBeTruthy()
      expect(calls.sentTo(`PATCH ${BASE}`).map((call) => call.body)).toEqual([{ title: 'خواب' }])
    })

    it('speaks English too', async () => {
      await i18n.changeLanguage('en')
      fakeCompanionApi({ [LIST]: [EMPTY_PAGE] })
      renderCompanion('/companion')
      expect(await screen.findByRole('heading', { name: en.title, level: 1 })).toBeTruthy()
      expect(await screen.findByText(en.list.emptyTitle)).toBeTruthy()
    })
  })

  describe('in the chat', () => {
    it('talk to a person asks before sharing, then opens the thread', async () => {
      const calls = chatApi({
        [`POST ${BASE}/handoff`]: [{ status: 200, body: { threadId: THREAD_ID } }],
      })
      const { router } = renderCompanion(`/companion/${CONVERSATION_ID}`)
      await userEvent.click(await screen.findByRole('button', { name: fa.menu.talk }))
      const dialog = await screen.findByRole('dialog', { name: fa.handoff.title })
      const consent = within(dialog).getByRole('checkbox', { name: fa.handoff.consent })
      expect((consent as HTMLInputElement).checked).toBe(false)
      await userEvent.click(within(dialog).getByRole('button', { name: fa.handoff.open }))
      await waitFor(() => expect(router.state.location.pathname).toBe(`/messages/${THREAD_ID}`))
      expect(calls.sentTo(`POST ${BASE}/handoff`).map((call) => call.body)).toEqual([
        { shareConversation: false },
      ])
    })

    it('shares the conversation only with consent ticked', async () => {
      const calls = chatApi({
        [`POST ${BASE}/handoff`]: [{ status: 200, body: { threadId: THREAD_ID } }],
      })
      renderCompanion(`/companion/${CONVERSATION_ID}`)
      await userEvent.click(await screen.findByRole('button', { name: fa.menu.talk }))
      const dialog = await screen.findByRole('dialog', { name: fa.handoff.title })
      await userEvent.click(within(dialog).getByRole('checkbox', { name: fa.handoff.consent }))
      await userEvent.click(within(dialog).getByRole('button', { name: fa.handoff.open }))
      await waitFor(() => expect(calls.sentTo(`POST ${BASE}/handoff`)).toHaveLength(1))
      expect(calls.sentTo(`POST ${BASE}/handoff`)[0]?.body).toEqual({ shareConversation: true })
    })

    it('says clearly when there is no psychologist to share with', async () => {
      const calls = chatApi({
        [`PATCH ${BASE}`]: [
          {
            status: 409,
            body: {
              type: 'about:blank',
              title: 'x',
              status: 409,
              code: 'COMPANION_NO_PSYCHOLOGIST',
            },
          },
        ],
      })
      renderCompanion(`/companion/${CONVERSATION_ID}`)
      await userEvent.click(await screen.findByText(fa.menu.label))
      await userEvent.click(screen.getByRole('switch', { name: fa.menu.share }))
      expect(await screen.findByRole('alert')).toHaveProperty(
        'textContent',
        'گفت‌وگو را فقط با روان‌شناسی که با او جلسه دارید می‌توان هم‌رسانی کرد.',
      )
      expect(calls.sentTo(`PATCH ${BASE}`).map((call) => call.body)).toEqual([{ shared: true }])
      expect(
        (screen.getByRole('switch', { name: fa.menu.share }) as HTMLInputElement).checked,
      ).toBe(false)
    })

    it('chooses how long messages are kept', async () => {
      const calls = chatApi({
        [`PATCH ${BASE}`]: [
          { status: 200, body: conversationFixture({ retention: 'delete_after_30_days' }) },
        ],
      })
      renderCompanion(`/companion/${CONVERSATION_ID}`)
      await userEvent.click(await screen.findByText(fa.menu.label))
      await userEvent.selectOptions(
        screen.getByRole('combobox', { name: fa.menu.retention }),
        'delete_after_30_days',
      )
      expect(await screen.findByText(fa.menu.retentionSaved)).toBeTruthy()
      expect(calls.sentTo(`PATCH ${BASE}`).map((call) => call.body)).toEqual([
        { retention: 'delete_after_30_days' },
      ])
    })

    it('counts characters near the limit and refuses a message over it', async () => {
      chatApi()
      renderCompanion(`/companion/${CONVERSATION_ID}`)
      const box = await screen.findByRole('textbox', { name: fa.composer.label })
      await userEvent.click(box)
      await userEvent.paste('آ'.repeat(3600))
      expect(screen.getByText('۳٬۶۰۰ از ۴٬۰۰۰ نویسه')).toBeTruthy()
      await userEvent.paste('آ'.repeat(401))
      expect(screen.getByText('پیام بیش از ۴٬۰۰۰ نویسه است؛ کوتاه‌ترش کنید.')).toBeTruthy()
      expect(
        (screen.getByRole('button', { name: fa.composer.send }) as HTMLButtonElement).disabled,
      ).toBe(true)
    })
  })
})
