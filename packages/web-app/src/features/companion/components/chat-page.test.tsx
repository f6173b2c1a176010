import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { i18n } from '@yektayar/ui'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { dismissSafetyDecision } from '../../../shared/safety/safety-decision-store.ts'
import { safetyMessagesFa } from '../../../shared/safety/safety-messages-fa.ts'
import { companionMessagesFa as fa } from '../companion-messages-fa.ts'
import {
  accepted,
  CONVERSATION_ID,
  conversationFixture,
  delta,
  done,
  messageFixture,
  REPLY_ID,
  replyFixture,
  sse,
} from '../testing/companion-fixtures.ts'
import { fakeCompanionApi, type LiveStream, liveStream } from '../testing/fake-companion-api.ts'
import { initCompanionI18n, renderCompanion } from '../testing/render-companion.tsx'

initCompanionI18n()

const BASE = `/api/v1/companion/conversations/${CONVERSATION_ID}`
const SEND = `POST ${BASE}/messages`
const REPLY = `GET ${BASE}/messages/${REPLY_ID}`
const EMPTY_PAGE = { status: 200, body: { items: [], nextCursor: null } }
const USAGE = {
  status: 200,
  body: {
    hour: { used: 1, limit: 30, resetsAt: null },
    day: { used: 1, limit: 100, resetsAt: null },
    provider: 'openai-compatible',
    available: true,
  },
}

/** The chat's usual answers, then the send's and any others the test needs. */
function api(more: Parameters<typeof fakeCompanionApi>[0]) {
  return fakeCompanionApi({
    [`GET ${BASE}`]: [{ status: 200, body: conversationFixture() }],
    [`GET ${BASE}/messages`]: [EMPTY_PAGE],
    'GET /api/v1/companion/usage': [USAGE, USAGE],
    ...more,
  })
}

async function openChat() {
  const view = renderCompanion(`/companion/${CONVERSATION_ID}`)
  await screen.findByRole('heading', { name: conversationFixture().title ?? '' })
  await screen.findByText(fa.chat.emptyTitle)
  return view
}

async function write(text: string) {
  await userEvent.type(screen.getByRole('textbox', { name: fa.composer.label }), text)
}

const send = async (text: string) => {
  await write(text)
  await userEvent.keyboard('{Enter}')
}

/** Writes into the reply's stream and lets the page read it, inside act. */
const pass = () => new Promise((resolve) => setTimeout(resolve, 20))
const push = (live: LiveStream, ...pieces: string[]) =>
  act(async () => {
    live.push(pieces.join(''))
    await pass()
  })

describe('the companion chat', () => {
  beforeEach(() => i18n.changeLanguage('fa'))
  afterEach(() => {
    act(() => dismissSafetyDecision())
    vi.unstubAllGlobals()
    vi.useRealTimers()
  })

  it('sends on Enter with the session’s CSRF header and streams the reply word by word', async () => {
    const live = liveStream()
    const calls = api({ [SEND]: [{ live }] })
    await openChat()
    await write('سلام')
    await userEvent.keyboard('{Shift>}{Enter}{/Shift}')
    await send('امروز دلشوره دارم')

    const [sent] = calls.sentTo(SEND)
    expect(sent?.body).toEqual({
      text: 'سلام\nامروز دلشوره دارم',
      clientMessageId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      provider: 'configured',
    })
    expect(sent?.headers.get('accept')).toBe('text/event-stream')
    expect(sent?.headers.get('x-csrf-token')).toBe('test-csrf-token')

    await push(live, sse(accepted('سلام\nامروز دلشوره دارم')), sse(delta('می‌شنوم ')))
    expect(await screen.findByText('می‌شنوم')).toBeTruthy()
    expect(screen.getByRole('button', { name: fa.chat.stop })).toBeTruthy()
    // No copy button while the words still come, and nothing announced yet.
    expect(screen.queryByRole('button', { name: fa.chat.copy })).toBeNull()
    await push(live, sse(delta('که دلشوره ')), sse(delta('داری.')))
    expect(await screen.findByText('می‌شنوم که دلشوره داری.')).toBeTruthy()
    expect(screen.queryByText(/پاسخ همراه:/)).toBeNull()

    await act(async () => {
      live.push(sse(done(replyFixture({ content: 'می‌شنوم که دلشوره داری.' }))))
      live.close()
      await pass()
    })
    expect(await screen.findByRole('button', { name: fa.chat.copy })).toBeTruthy()
    expect(screen.getByText('پاسخ همراه: می‌شنوم که دلشوره داری.')).toBeTruthy()
    expect(screen.queryByRole('button', { name: fa.chat.stop })).toBeNull()
    expect(screen.getByText('امروز دلشوره دارم', { exact: false })).toBeTruthy()
  })

  it('renders the reply as safe Markdown: no raw HTML reaches the page', async () => {
    const live = liveStream()
    api({ [SEND]: [{ live }] })
    await openChat()
    await send('یک تمرین تنفس')
    await push(live, sse(accepted()), sse(delta('**نفس عمیق**<img src=x onerror=alert(1)>')))
    const strong = await screen.findByText('نفس عمیق')
    expect(strong.tagName).toBe('STRONG')
    expect(document.querySelector('img')).toBeNull()
  })

  it('stop posts the stop request, aborts the stream and keeps the words that came', async () => {
    const live = liveStream()
    const calls = api({
      [SEND]: [{ live }],
      [`POST ${BASE}/stop`]: [{ status: 204 }],
      [REPLY]: [{ status: 200, body: replyFixture({ content: 'نفس بکش', status: 'stopped' }) }],
    })
    await openChat()
    await send('کمکم کن')
    await push(live, sse(accepted()), sse(delta('نفس بکش')))
    await screen.findByText('نفس بکش')
    await userEvent.click(screen.getByRole('button', { name: fa.chat.stop }))

    await waitFor(() => expect(calls.sentTo(`POST ${BASE}/stop`)).toHaveLength(1))
    expect(calls.sentTo(SEND)[0]?.signal?.aborted).toBe(true)
    expect(await screen.findByText(fa.chat.stopped)).toBeTruthy()
    await waitFor(() => expect(calls.sentTo(REPLY)).toHaveLength(1))
    expect(screen.getByText('نفس بکش')).toBeTruthy()
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: fa.composer.label }))
    expect(screen.getByRole('button', { name: fa.composer.send })).toBeTruthy()
  })

  it('unavailable offers the offline companion, which sends the words again as offline', async () => {
    const first = liveStream()
    const second = liveStream()
    const calls = api({ [SEND]: [{ live: first }, { live: second }] })
    await openChat()
    await send('حالم خوب نیست')
    await act(async () => {
      first.push(sse(accepted('حالم خوب نیست')))
      first.push(
        sse({
          event: 'unavailable',
          data: {
            reply: replyFixture({ content: '', status: 'unavailable' }),
            reason: 'upstream_error',
            retryAfterSeconds: 120,
            offlineOffered: true,
            safety: { level: 'none', reasons: [] },
          },
        }),
      )
      first.close()
      await pass()
    })
    const notice = await screen.findByRole('status', { name: fa.unavailable.title })
    expect(within(notice).getByText('حدود ۲ دقیقهٔ دیگر دوباره امتحان کنید.')).toBeTruthy()
    expect(within(notice).getByRole('button', { name: fa.unavailable.retry })).toBeTruthy()
    expect(within(notice).getByRole('button', { name: fa.unavailable.talk })).toBeTruthy()
    await userEvent.click(within(notice).getByRole('button', { name: fa.unavailable.offline }))

    const [firstSend, secondSend] = calls.sentTo(SEND).map((call) => call.body) as {
      text: string
      clientMessageId: string
      provider: string
    }[]
    expect(secondSend?.provider).toBe('offline')
    expect(secondSend?.text).toBe('حالم خوب نیست')
    expect(secondSend?.clientMessageId).not.toBe(firstSend?.clientMessageId)
    expect(screen.getByText(fa.unavailable.offlineMode)).toBeTruthy()
    await act(async () => {
      second.push(sse(accepted()))
      second.push(sse(delta('من همراه آفلاین هستم.')))
      second.push(
        sse(
          done(
            replyFixture({
              id: '55555555-5555-4555-8555-555555555555',
              content: 'من همراه آفلاین هستم.',
              kind: 'offline',
            }),
          ),
        ),
      )
      second.close()
      await pass()
    })
    expect(await screen.findByText('من همراه آفلاین هستم.')).toBeTruthy()
    expect(screen.queryByRole('status', { name: fa.unavailable.title })).toBeNull()
    expect(screen.getAllByText(fa.chat.offlineCompanion).length).toBeGreaterThan(0)
  })

  it('a crisis in the accepted event opens the crisis card before any reply', async () => {
    const live = liveStream()
    api({ [SEND]: [{ live }] })
    await openChat()
    await send('نمی‌خواهم زنده بمانم')
    await push(live, sse(accepted('نمی‌خواهم زنده بمانم', 'crisis')))
    const card = await screen.findByRole('dialog', { name: safetyMessagesFa.card.title })
    expect(within(card).getAllByRole('link', { name: /اورژانس|مشاور/ })).toHaveLength(3)
    // The person's words stay on the page behind it.
    expect(screen.getByText('نمی‌خواهم زنده بمانم')).toBeTruthy()
  })

  it('a concern offers the gentler panel, not the crisis card', async () => {
    const live = liveStream()
    api({ [SEND]: [{ live }] })
    await openChat()
    await send('این روزها همه‌چیز بی‌معنی است')
    await push(live, sse(accepted('این روزها همه‌چیز بی‌معنی است', 'concern')))
    expect(
      await screen.findByRole('complementary', { name: safetyMessagesFa.concern.title }),
    ).toBeTruthy()
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('over the quota, says so in words and when sending opens again', async () => {
    api({
      [SEND]: [
        {
          status: 429,
          body: {
            type: 'about:blank',
            title: 'Too many',
            status: 429,
            code: 'COMPANION_QUOTA_EXCEEDED',
          },
        },
      ],
      'GET /api/v1/companion/usage': [
        USAGE,
        {
          status: 200,
          body: {
            ...USAGE.body,
            hour: { used: 30, limit: 30, resetsAt: '2026-12-01T09:00:00.000Z' },
          },
        },
      ],
    })
    await openChat()
    await send('سلام دوباره')
    expect(await screen.findByText(/به سقف پیام‌های همراه هوشمند/)).toBeTruthy()
    expect(screen.getByText(fa.chat.notSent)).toBeTruthy()
    expect(await screen.findByText(/از .*۱۲:۳۰.* دوباره می‌توانید پیام بفرستید/)).toBeTruthy()
    // Beside the header's own: a person, right where the limit is met.
    expect(screen.getAllByRole('button', { name: fa.quota.talk })).toHaveLength(2)
  })

  it('after a dropped connection, fetches the reply until it has finished', async () => {
    const live = liveStream()
    const calls = api({
      [SEND]: [{ live }],
      [REPLY]: [
        { status: 200, body: replyFixture({ content: 'نیمه', status: 'streaming' }) },
        { status: 200, body: replyFixture({ content: 'پاسخ کامل شد.' }) },
      ],
    })
    await openChat()
    await send('سلام')
    await push(live, sse(accepted()), sse(delta('نیمه')))
    await act(async () => {
      live.fail(new TypeError('network error'))
      await pass()
    })
    expect(await screen.findByText(fa.chat.reconnecting)).toBeTruthy()
    expect(await screen.findByText('پاسخ کامل شد.', {}, { timeout: 3000 })).toBeTruthy()
    expect(calls.sentTo(REPLY)).toHaveLength(2)
    expect(screen.queryByText(fa.chat.reconnecting)).toBeNull()
  })

  it('a message that did not get through is sent again with the same id', async () => {
    const live = liveStream()
    const calls = api({ [SEND]: [{ status: 503, body: null }, { live }] })
    await openChat()
    await send('سلام')
    await userEvent.click(await screen.findByRole('button', { name: fa.chat.retry }))
    const [first, again] = calls.sentTo(SEND).map((call) => call.body) as {
      clientMessageId: string
    }[]
    expect(again?.clientMessageId).toBe(first?.clientMessageId)
    await act(async () => {
      live.push(sse(accepted()) + sse(done()))
      live.close()
      await pass()
    })
    expect(await screen.findByText(replyFixture().content)).toBeTruthy()
  })

  it('shows stored messages oldest first and loads older ones', async () => {
    const older = messageFixture({ id: '66666666-6666-4666-8666-666666666666', content: 'قدیمی' })
    fakeCompanionApi({
      [`GET ${BASE}`]: [{ status: 200, body: conversationFixture() }],
      [`GET ${BASE}/messages`]: [
        { status: 200, body: { items: [replyFixture(), messageFixture()], nextCursor: 'c1' } },
      ],
      [`GET ${BASE}/messages?cursor=c1`]: [
        { status: 200, body: { items: [older], nextCursor: null } },
      ],
      'GET /api/v1/companion/usage': [USAGE],
    })
    renderCompanion(`/companion/${CONVERSATION_ID}`)
    const reply = await screen.findByText(replyFixture().content)
    const mine = screen.getByText(messageFixture().content)
    expect(mine.compareDocumentPosition(reply) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    await userEvent.click(screen.getByRole('button', { name: fa.chat.older }))
    const old = await screen.findByText('قدیمی')
    expect(old.compareDocumentPosition(mine) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(await screen.findByText(fa.chat.beginning)).toBeTruthy()
  })

  it('a reply still being written when the page opened is fetched until it has finished', async () => {
    const calls = fakeCompanionApi({
      [`GET ${BASE}`]: [{ status: 200, body: conversationFixture() }],
      [`GET ${BASE}/messages`]: [
        {
          status: 200,
          body: {
            items: [replyFixture({ content: 'نیم', status: 'streaming' }), messageFixture()],
            nextCursor: null,
          },
        },
      ],
      'GET /api/v1/companion/usage': [USAGE],
      [REPLY]: [{ status: 200, body: replyFixture({ content: 'نیمهٔ دوم هم رسید.' }) }],
    })
    renderCompanion(`/companion/${CONVERSATION_ID}`)
    expect(await screen.findByText('نیمهٔ دوم هم رسید.')).toBeTruthy()
    expect(calls.sentTo(REPLY)).toHaveLength(1)
    expect(screen.getByRole('button', { name: fa.chat.copy })).toBeTruthy()
  })

  it('when the companion is down before anything is sent, offers the offline one at once', async () => {
    const live = liveStream()
    const calls = api({
      'GET /api/v1/companion/usage': [{ status: 200, body: { ...USAGE.body, available: false } }],
      [SEND]: [{ live }],
    })
    await openChat()
    const notice = await screen.findByRole('status', { name: fa.unavailable.title })
    expect(within(notice).queryByRole('button', { name: fa.unavailable.retry })).toBeNull()
    await userEvent.click(within(notice).getByRole('button', { name: fa.unavailable.offline }))
    expect(screen.queryByRole('status', { name: fa.unavailable.title })).toBeNull()
    await send('سلام')
    expect(calls.sentTo(SEND)[0]?.body).toMatchObject({ text: 'سلام', provider: 'offline' })
  })

  it('when the companion is busy, offers the offline one for the same words', async () => {
    const live = liveStream()
    const calls = api({
      [SEND]: [
        {
          status: 503,
          body: { type: 'about:blank', title: 'Busy', status: 503, code: 'COMPANION_BUSY' },
        },
        { live },
      ],
    })
    await openChat()
    await send('کمی حرف بزنیم؟')
    const notice = await screen.findByRole('status', { name: fa.unavailable.title })
    expect(screen.getByText(/الان سرش شلوغ است/)).toBeTruthy()
    await userEvent.click(within(notice).getByRole('button', { name: fa.unavailable.offline }))
    const [first, second] = calls.sentTo(SEND).map((call) => call.body) as {
      text: string
      clientMessageId: string
      provider: string
    }[]
    expect(second).toMatchObject({ text: 'کمی حرف بزنیم؟', provider: 'offline' })
    expect(second?.clientMessageId).not.toBe(first?.clientMessageId)
  })
})
