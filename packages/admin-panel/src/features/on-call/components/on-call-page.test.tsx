import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { onCallCandidatesSchema, onCallRotaSchema } from '@yektayar/shared'
import { i18n } from '@yektayar/ui'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { type FakeCall, fakeApi, renderPage } from '../testing/render-page.tsx'
import { OnCallPage } from './on-call-page.tsx'

const SARA = { id: '0b5c6a3e-1111-4222-8333-944455550001', name: 'سارا کریمی' }
const REZA = { id: '0b5c6a3e-1111-4222-8333-944455550002', name: 'رضا احمدی' }
const NIMA = { id: '0b5c6a3e-1111-4222-8333-944455550003', name: 'نیما رستمی' }
const MANAGE = ['safety.manage']

const problem = (status: number, code: string, errors?: unknown[]) => ({
  status,
  body: { type: 'about:blank', title: code, status, code, errors },
})

/** The safety module's answers (its contracts), with a rota that a save replaces. */
function onCallApi(
  start: (typeof SARA)[],
  candidates: (typeof SARA)[] = [SARA, REZA, NIMA],
  refuse?: (call: FakeCall) => { status: number; body: unknown } | undefined,
) {
  let rota = start
  const answer = () => onCallRotaSchema.parse({ responders: rota, escalateAfterSeconds: 600 })
  return fakeApi(MANAGE, (call) => {
    if (call.path === '/api/v1/safety/on-call/candidates') {
      return { status: 200, body: onCallCandidatesSchema.parse({ items: candidates }) }
    }
    if (call.method === 'PUT') {
      const refused = refuse?.(call)
      if (refused) return refused
      const ids = (call.body as { userIds: string[] }).userIds
      rota = ids.map((id) => candidates.find((person) => person.id === id) ?? SARA)
    }
    return { status: 200, body: answer() }
  })
}

const rotaNames = () =>
  within(screen.getByRole('list'))
    .getAllByRole('listitem')
    .map((item) => item.querySelector('[dir="auto"]')?.textContent)

const puts = (calls: FakeCall[]) => calls.filter((call) => call.method === 'PUT')

describe('the crisis on-call rota', () => {
  beforeEach(() => i18n.changeLanguage('fa'))
  afterEach(() => vi.unstubAllGlobals())

  it('shows the rota in paging order and says truthfully how an alert escalates', async () => {
    onCallApi([SARA, REZA])
    renderPage('/on-call', OnCallPage)
    expect(await screen.findByRole('heading', { level: 1, name: 'فهرست کشیک بحران' })).toBeTruthy()
    expect(await screen.findByText(/نفر اول همراه با روان‌شناسان خود بیمار/)).toBeTruthy()
    expect(
      screen.getByText(/اگر تا ۱۰ دقیقه کسی هشدار را نپذیرد، نفر بعدی فهرست و همهٔ مدیران/),
    ).toBeTruthy()
    const items = within(screen.getByRole('list')).getAllByRole('listitem')
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^۱سارا کریمیاول خبر می‌شود/),
      expect.stringMatching(/^۲رضا احمدیاگر تا ۱۰ دقیقه کسی نپذیرد، خبر می‌شود/),
    ])
    // Nothing is edited yet: nothing to save.
    expect(screen.getByRole('button', { name: 'ذخیرهٔ فهرست' })).toHaveProperty('disabled', true)
  })

  it('moves people with the keyboard, keeps the focus on them, and saves the new order', async () => {
    const calls = onCallApi([SARA, REZA, NIMA])
    renderPage('/on-call', OnCallPage)
    const down = await screen.findByRole('button', { name: 'بردن سارا کریمی به پایین‌تر' })
    expect(screen.getByRole('button', { name: 'بردن سارا کریمی به بالاتر' })).toHaveProperty(
      'disabled',
      true,
    )
    down.focus()
    await userEvent.keyboard('{Enter}')
    expect(rotaNames()).toEqual([REZA.name, SARA.name, NIMA.name])
    expect(document.activeElement?.getAttribute('aria-label')).toBe('بردن سارا کریمی به پایین‌تر')
    await userEvent.keyboard('{Enter}')
    expect(rotaNames()).toEqual([REZA.name, NIMA.name, SARA.name])
    // At the bottom "down" is disabled: the focus moves to its twin rather than being lost.
    expect(document.activeElement?.getAttribute('aria-label')).toBe('بردن سارا کریمی به بالاتر')
    expect(screen.getByText('سارا کریمی اکنون نفر ۳ است.')).toBeTruthy()
    expect(screen.getByText(/تغییرها هنوز ذخیره نشده‌اند/)).toBeTruthy()

    await userEvent.click(screen.getByRole('button', { name: 'ذخیرهٔ فهرست' }))
    expect(await screen.findByText('فهرست کشیک ذخیره شد.')).toBeTruthy()
    expect(puts(calls).map((call) => call.body)).toEqual([{ userIds: [REZA.id, NIMA.id, SARA.id] }])
    expect(screen.queryByText(/تغییرها هنوز ذخیره نشده‌اند/)).toBeNull()
  })

  it('offers only people allowed to respond who are not on it yet, adds at the end, removes', async () => {
    const calls = onCallApi([SARA])
    renderPage('/on-call', OnCallPage)
    const select = await screen.findByLabelText('کسی که اجازهٔ رسیدگی دارد')
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['یک نفر را برگزینید', REZA.name, NIMA.name])
    await userEvent.click(screen.getByRole('button', { name: 'افزودن به انتهای فهرست' }))
    expect(screen.getByText('نخست یک نفر را برگزینید.')).toBeTruthy()
    await userEvent.selectOptions(select, NIMA.id)
    await userEvent.click(screen.getByRole('button', { name: 'افزودن به انتهای فهرست' }))
    expect(rotaNames()).toEqual([SARA.name, NIMA.name])

    await userEvent.click(screen.getByRole('button', { name: 'برداشتن سارا کریمی از فهرست' }))
    expect(rotaNames()).toEqual([NIMA.name])
    // The focus goes to whoever took the removed person's place.
    expect(document.activeElement?.getAttribute('aria-label')).toBe('برداشتن نیما رستمی از فهرست')
    await userEvent.click(screen.getByRole('button', { name: 'ذخیرهٔ فهرست' }))
    await screen.findByText('فهرست کشیک ذخیره شد.')
    expect(puts(calls).map((call) => call.body)).toEqual([{ userIds: [NIMA.id] }])
  })

  it('discards unsaved changes back to the stored rota', async () => {
    const calls = onCallApi([SARA, REZA])
    renderPage('/on-call', OnCallPage)
    await userEvent.click(await screen.findByRole('button', { name: 'برداشتن رضا احمدی از فهرست' }))
    expect(rotaNames()).toEqual([SARA.name])
    await userEvent.click(screen.getByRole('button', { name: 'کنار گذاشتن تغییرها' }))
    expect(rotaNames()).toEqual([SARA.name, REZA.name])
    expect(puts(calls)).toEqual([])
  })

  it('names the people a save was refused for, and keeps the edits', async () => {
    onCallApi([SARA], [SARA, REZA], () =>
      problem(422, 'ON_CALL_NOT_RESPONDER', [{ path: 'body.userIds', message: REZA.id }]),
    )
    renderPage('/on-call', OnCallPage)
    await userEvent.selectOptions(await screen.findByLabelText('کسی که اجازهٔ رسیدگی دارد'), REZA.id)
    await userEvent.click(screen.getByRole('button', { name: 'افزودن به انتهای فهرست' }))
    await userEvent.click(screen.getByRole('button', { name: 'ذخیرهٔ فهرست' }))
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByRole('heading', { name: 'فهرست ذخیره نشد' })).toBeTruthy()
    expect(alert.textContent).toContain('در نوبت کشیک فقط کسانی می‌آیند')
    expect(alert.textContent).toContain(
      'دیگر اجازهٔ رسیدگی ندارند یا حسابشان غیرفعال است: رضا احمدی.',
    )
    const [, reza] = within(screen.getByRole('list')).getAllByRole('listitem')
    expect(reza?.textContent).toContain('اجازهٔ رسیدگی ندارد')
    expect(rotaNames()).toEqual([SARA.name, REZA.name])
  })

  it('says plainly when the server forbids the save', async () => {
    onCallApi([SARA, REZA], undefined, () => problem(403, 'FORBIDDEN'))
    renderPage('/on-call', OnCallPage)
    await userEvent.click(await screen.findByRole('button', { name: 'بردن رضا احمدی به بالاتر' }))
    await userEvent.click(screen.getByRole('button', { name: 'ذخیرهٔ فهرست' }))
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('اجازهٔ انجام این کار را ندارید.')
    expect(screen.queryByText('فهرست کشیک ذخیره شد.')).toBeNull()
  })

  it('explains who is paged while the rota is empty', async () => {
    onCallApi([])
    renderPage('/on-call', OnCallPage)
    expect(await screen.findByRole('heading', { name: 'هیچ‌کس در فهرست کشیک نیست' })).toBeTruthy()
    expect(
      await screen.findByText(
        /هشدار بحران بی‌درنگ به همهٔ ۳ نفری که اجازهٔ رسیدگی دارند و به روان‌شناسان خود بیمار می‌رسد؛ اگر تا ۱۰ دقیقه کسی آن را نپذیرد، همهٔ مدیران خبر می‌شوند/,
      ),
    ).toBeTruthy()
  })

  it('points to access when nobody may respond at all', async () => {
    onCallApi([], [])
    renderPage('/on-call', OnCallPage)
    expect(await screen.findByText(/فقط به روان‌شناسان خود بیمار می‌رسد/)).toBeTruthy()
    expect(
      screen.getByRole('link', { name: 'دادن این اجازه در بخش دسترسی‌ها' }).getAttribute('href'),
    ).toBe('/access')
  })

  it('shows a loading failure with a way to try again', async () => {
    let failing = true
    fakeApi(MANAGE, (call) => {
      if (failing) return problem(403, 'FORBIDDEN')
      if (call.path.endsWith('/candidates')) return { status: 200, body: { items: [SARA] } }
      return { status: 200, body: { responders: [SARA], escalateAfterSeconds: 90 } }
    })
    renderPage('/on-call', OnCallPage)
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('اجازهٔ انجام این کار را ندارید.')
    failing = false
    await userEvent.click(within(alert).getByRole('button', { name: 'تلاش دوباره' }))
    // A wait that is not whole minutes is said in seconds.
    expect(await screen.findByText(/اگر تا ۹۰ ثانیه کسی هشدار را نپذیرد/)).toBeTruthy()
  })

  it('is in English, left to right, with whole minutes', async () => {
    await i18n.changeLanguage('en')
    onCallApi([SARA, REZA])
    renderPage('/on-call', OnCallPage)
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Crisis on-call rota' }),
    ).toBeTruthy()
    expect(
      await screen.findByText(
        'Number 1 is paged at once, together with the patient’s own psychologists; if nobody acknowledges the alert within 10 minutes, the next person on the list and every admin are paged, and so on every 10 minutes.',
      ),
    ).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Move رضا احمدی up' })).toBeTruthy()
  })

  it('asks nothing of the server for staff without safety.manage', async () => {
    const calls = fakeApi(['config.manage'], () => ({ status: 200, body: {} }))
    renderPage('/on-call', OnCallPage)
    expect(await screen.findByText(/safety\.manage/)).toBeTruthy()
    await waitFor(() => expect(calls).toEqual([]))
  })
})
