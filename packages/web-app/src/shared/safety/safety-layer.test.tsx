import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { i18n, SESSION_KEY } from '@yektayar/ui'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { HelpNowButton } from '../../app/help-now-button.tsx'
import { shellMessagesEn } from '../../app/shell-messages-en.ts'
import { shellMessagesFa } from '../../app/shell-messages-fa.ts'
import { fakeApi, initTestI18n } from '../testing/test-support.tsx'
import { closeHelpNow } from './help-now-store.ts'
import { dismissSafetyDecision, showSafetyDecision } from './safety-decision-store.ts'
import { SafetyLayer } from './safety-layer.tsx'
import { safetyMessagesEn } from './safety-messages-en.ts'
import { safetyMessagesFa } from './safety-messages-fa.ts'

initTestI18n({
  fa: { shell: shellMessagesFa, safety: safetyMessagesFa },
  en: { shell: shellMessagesEn, safety: safetyMessagesEn },
})

const THREAD = '7b1e2d3c-4f5a-4b6c-8d7e-9f0a1b2c3d4e'
const ALERT = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d'

function renderLayer() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  client.setQueryData(SESSION_KEY, { user: { id: 'p', type: 'patient' }, permissions: [] })
  const router = createMemoryRouter(
    [
      {
        path: '/',
        element: (
          <>
            <HelpNowButton />
            <p>آنچه نوشتم</p>
            <SafetyLayer />
          </>
        ),
      },
      { path: '/messages/:id', element: <h1>گفت‌وگوی فوری</h1> },
    ],
    { initialEntries: ['/'] },
  )
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
  return router
}

const crisis = () =>
  act(() => showSafetyDecision({ level: 'crisis', reasons: ['explicit_intent'] }))

describe('SafetyLayer', () => {
  beforeEach(() => i18n.changeLanguage('fa'))
  afterEach(() => {
    act(() => {
      dismissSafetyDecision()
      closeHelpNow()
    })
    vi.unstubAllGlobals()
  })

  it('shows nothing without a decision, and nothing for a decision of none', () => {
    fakeApi({})
    renderLayer()
    act(() => showSafetyDecision({ level: 'none', reasons: [] }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(screen.queryByRole('complementary')).toBeNull()
  })

  it('on crisis, opens the card at once with the three numbers as phone links', async () => {
    fakeApi({})
    renderLayer()
    crisis()
    const card = await screen.findByRole('dialog', { name: safetyMessagesFa.card.title })
    const links = within(card).getAllByRole('link', { name: /اورژانس|مشاور/ })
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      'tel:123',
      'tel:1480',
      'tel:115',
    ])
    expect(within(card).getByText(shellMessagesFa.crisisLines.counselling)).toBeTruthy()
    // What the person wrote is still on the page behind it.
    expect(screen.getByText('آنچه نوشتم')).toBeTruthy()
  })

  it('posts the safe-now answer, says it back, and makes talking to someone the first action', async () => {
    const api = fakeApi({
      'POST /api/v1/safety/safe-now': [
        { status: 200, body: { safety: { level: 'crisis', reasons: [] }, alertId: ALERT } },
      ],
    })
    renderLayer()
    crisis()
    const card = await screen.findByRole('dialog')
    const talk = within(card).getByRole('button', { name: safetyMessagesFa.talkNow.action })
    expect(talk.className).not.toContain('bg-primary ')
    await userEvent.click(
      within(card).getByRole('button', { name: safetyMessagesFa.safeNow.unsure }),
    )
    expect(await within(card).findByText(safetyMessagesFa.safeNow.replyUnsure)).toBeTruthy()
    expect(api.bodiesSentTo('POST /api/v1/safety/safe-now')).toEqual([{ answer: 'unsure' }])
    const unsure = within(card).getByRole('button', { name: safetyMessagesFa.safeNow.unsure })
    expect(unsure.getAttribute('aria-pressed')).toBe('true')
    expect(talk.className).toContain('bg-primary ')
  })

  it('talk now opens the priority thread and closes the card', async () => {
    const api = fakeApi({
      'POST /api/v1/safety/talk-now': [{ status: 200, body: { threadId: THREAD, alertId: ALERT } }],
    })
    const router = renderLayer()
    crisis()
    const card = await screen.findByRole('dialog')
    await userEvent.click(
      within(card).getByRole('button', { name: safetyMessagesFa.talkNow.action }),
    )
    await waitFor(() => expect(router.state.location.pathname).toBe(`/messages/${THREAD}`))
    expect(api.calls().map((call) => call.key)).toContain('POST /api/v1/safety/talk-now')
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('closes only by its button, and links to the safety plan', async () => {
    fakeApi({})
    renderLayer()
    crisis()
    const card = await screen.findByRole('dialog')
    expect(
      within(card).getByRole('link', { name: safetyMessagesFa.planLink }).getAttribute('href'),
    ).toBe('/safety-plan')
    await userEvent.click(within(card).getByRole('button', { name: safetyMessagesFa.card.close }))
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('on concern, shows the gentler panel beside the page, promising no staff', async () => {
    fakeApi({})
    renderLayer()
    act(() => showSafetyDecision({ level: 'concern', reasons: ['hopelessness'] }))
    const panel = await screen.findByRole('complementary', { name: safetyMessagesFa.concern.title })
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(
      within(panel)
        .getByRole('link', { name: safetyMessagesFa.concern.breathing })
        .getAttribute('href'),
    ).toBe('/courses')
    expect(
      within(panel)
        .getByRole('link', { name: safetyMessagesFa.concern.psychologist })
        .getAttribute('href'),
    ).toBe('/messages')
    expect(within(panel).getAllByRole('link', { name: /اورژانس|مشاور/ })).toHaveLength(3)
  })

  it('help now opens the card without a decision or the safe-now question', async () => {
    fakeApi({})
    renderLayer()
    await userEvent.click(screen.getByRole('button', { name: shellMessagesFa.helpNow }))
    const card = await screen.findByRole('dialog')
    expect(within(card).getByText(safetyMessagesFa.card.helpLead)).toBeTruthy()
    expect(within(card).queryByText(safetyMessagesFa.safeNow.question)).toBeNull()
    expect(within(card).getAllByRole('link', { name: /اورژانس|مشاور/ })).toHaveLength(3)
  })

  it('speaks English too', async () => {
    await i18n.changeLanguage('en')
    fakeApi({})
    renderLayer()
    crisis()
    const card = await screen.findByRole('dialog', { name: safetyMessagesEn.card.title })
    expect(within(card).getByText(safetyMessagesEn.safeNow.question)).toBeTruthy()
    expect(within(card).getByText('Counselling line')).toBeTruthy()
  })
})
