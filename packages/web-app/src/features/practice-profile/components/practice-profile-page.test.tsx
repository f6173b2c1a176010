import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { MyProfessionalProfile } from '@yektayar/shared/types'
import { i18n } from '@yektayar/ui'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  fakeApi,
  initTestI18n,
  problem,
  type Reply,
  withQueryClient,
} from '../../../shared/testing/test-support.tsx'
import { practiceProfileMessagesEn } from '../practice-profile-messages-en.ts'
import { practiceProfileMessagesFa } from '../practice-profile-messages-fa.ts'
import { PracticeProfilePage } from './practice-profile-page.tsx'

initTestI18n({
  fa: { practiceProfile: practiceProfileMessagesFa },
  en: { practiceProfile: practiceProfileMessagesEn },
})

const ME = '/api/v1/professionals/me'
const PUT_PROFILE = `PUT ${ME}/profile`
const PUT_TYPES = `PUT ${ME}/session-types`
const TYPE_ID = '00000000-0000-4000-8000-0000000000a1'

function profile(overrides: Partial<MyProfessionalProfile> = {}): MyProfessionalProfile {
  return {
    id: '00000000-0000-4000-8000-000000000108',
    name: { fa: 'امیر نوری', en: 'Amir Nouri' },
    photoUrl: null,
    gender: 'male',
    yearsOfExperience: 11,
    specialties: ['anxiety'],
    approaches: ['cbt'],
    languages: ['fa'],
    isVerified: true,
    modes: ['video'],
    minPriceIrr: 20_000_000,
    bioFa: 'روان‌شناس بالینی',
    bioEn: '',
    licenseNumber: null,
    officeAddress: null,
    rejectionReason: null,
    reviewedAt: null,
    sessionTypes: [
      {
        id: TYPE_ID,
        nameFa: 'جلسهٔ فردی آنلاین',
        nameEn: 'Individual session (video)',
        durationMinutes: 50,
        mode: 'video',
        priceIrr: 20_000_000,
        isActive: true,
      },
    ],
    policy: {
      timeZone: 'Asia/Tehran',
      minNoticeMinutes: 240,
      bookingHorizonDays: 30,
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 10,
      slotStepMinutes: 60,
      blockHolidays: true,
    },
    roomUrl: null,
    rules: [],
    overrides: [],
    ...overrides,
  }
}

const ok = (body: unknown): Reply => ({ status: 200, body })

function renderPage(replies: Record<string, Reply[]>) {
  const api = fakeApi({ [`GET ${ME}`]: [ok(profile())], ...replies })
  const router = createMemoryRouter(
    [
      { path: '/practice', Component: PracticeProfilePage },
      { path: '/psychologists/:id', element: <p>public page</p> },
    ],
    { initialEntries: ['/practice'] },
  )
  render(withQueryClient(<RouterProvider router={router} />))
  return { api, router }
}

const saveButton = () => screen.getByRole('button', { name: 'ذخیرهٔ تغییرات' })
const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement

async function replaceText(label: string, text: string) {
  const input = field(label)
  await userEvent.clear(input)
  if (text) await userEvent.type(input, text)
}

// Typing into several fields takes a few seconds on a busy two-core machine.
describe('PracticeProfilePage', { timeout: 60_000 }, () => {
  beforeEach(() => i18n.changeLanguage('fa'))
  afterEach(() => vi.unstubAllGlobals())

  it('waits for the profile, then shows it in Persian with prices in toman', async () => {
    renderPage({})
    expect(screen.getByRole('status')).toBeTruthy()
    expect(screen.getByRole('heading', { level: 1, name: 'صفحهٔ حرفه‌ای من' })).toBeTruthy()
    await screen.findByLabelText('معرفی به فارسی')
    expect(field('معرفی به فارسی').value).toBe('روان‌شناس بالینی')
    expect(screen.getByRole('button', { name: 'حذف اضطراب' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'حذف فارسی' })).toHaveProperty('disabled', true)
    const price = field('قیمت (تومان)')
    expect(price.value).toBe('۲٬۰۰۰٬۰۰۰')
    expect(screen.getByText('۲٬۰۰۰٬۰۰۰ تومان')).toBeTruthy()
    expect(field('مدت (دقیقه)').value).toBe('۵۰')
    expect(saveButton()).toHaveProperty('disabled', true)
    const link = screen.getByRole('link', { name: 'دیدن صفحهٔ عمومی' })
    expect(link.getAttribute('href')).toBe(`/psychologists/${profile().id}`)
  })

  it("shows what the verification review asked to fix, in the reviewer's words", async () => {
    const reason = 'تصویر پروانه خوانا نیست؛ لطفاً دوباره بارگذاری کنید'
    renderPage({
      [`GET ${ME}`]: [ok(profile({ isVerified: false, rejectionReason: reason }))],
    })
    const note = await screen.findByRole('region', { name: 'پروفایل شما نیاز به اصلاح دارد' })
    expect(note.textContent).toContain(reason)
  })

  it('saves the bio and tags alone, then says so', async () => {
    const saved = profile({ bioFa: 'درمان اضطراب', specialties: ['anxiety', 'trauma'] })
    const { api } = renderPage({ [PUT_PROFILE]: [ok(saved)] })
    await screen.findByLabelText('معرفی به فارسی')
    await replaceText('معرفی به فارسی', 'درمان اضطراب')
    await userEvent.selectOptions(screen.getByLabelText('افزودن به موضوع‌ها'), 'trauma')
    await userEvent.selectOptions(screen.getByLabelText('افزودن به زبان‌های جلسه'), 'en')
    await userEvent.click(screen.getByRole('button', { name: 'حذف انگلیسی' }))
    expect(screen.getByText('تغییرات ذخیره‌نشده دارید.')).toBeTruthy()
    await userEvent.click(saveButton())

    expect(await screen.findByText(/تغییرات ذخیره شد/)).toBeTruthy()
    expect(api.bodiesSentTo(PUT_PROFILE)).toEqual([
      {
        bioFa: 'درمان اضطراب',
        bioEn: '',
        specialties: ['anxiety', 'trauma'],
        approaches: ['cbt'],
        languages: ['fa'],
        officeAddress: null,
        roomUrl: null,
      },
    ])
    expect(api.bodiesSentTo(PUT_TYPES)).toEqual([])
    expect(screen.queryByText('تغییرات ذخیره‌نشده دارید.')).toBeNull()
    expect(saveButton()).toHaveProperty('disabled', true)
  })

  it('turns toman into rials for the session types, free sessions included', async () => {
    const { api } = renderPage({ [PUT_TYPES]: [ok(profile())] })
    await screen.findByLabelText('قیمت (تومان)')
    await replaceText('قیمت (تومان)', '۱٬۵۰۰٬۰۰۰')
    expect(screen.getByText('۱٬۵۰۰٬۰۰۰ تومان')).toBeTruthy()
    await userEvent.click(screen.getByRole('button', { name: 'افزودن نوع جلسه' }))
    const added = screen.getAllByRole('listitem').at(-1) as HTMLElement
    await userEvent.type(within(added).getByLabelText('نام به فارسی'), 'جلسهٔ آشنایی')
    await userEvent.type(within(added).getByLabelText('نام به انگلیسی'), 'Intro call')
    await userEvent.clear(within(added).getByLabelText('مدت (دقیقه)'))
    await userEvent.type(within(added).getByLabelText('مدت (دقیقه)'), '۲۰')
    await userEvent.selectOptions(within(added).getByLabelText('شیوهٔ برگزاری'), 'phone')
    await userEvent.type(within(added).getByLabelText('قیمت (تومان)'), '0')
    expect(within(added).getByText('رایگان')).toBeTruthy()
    await userEvent.click(saveButton())

    await waitFor(() => expect(api.bodiesSentTo(PUT_TYPES)).toHaveLength(1))
    expect(api.bodiesSentTo(PUT_TYPES)[0]).toEqual({
      sessionTypes: [
        {
          id: TYPE_ID,
          nameFa: 'جلسهٔ فردی آنلاین',
          nameEn: 'Individual session (video)',
          durationMinutes: 50,
          mode: 'video',
          priceIrr: 15_000_000,
          isActive: true,
        },
        {
          nameFa: 'جلسهٔ آشنایی',
          nameEn: 'Intro call',
          durationMinutes: 20,
          mode: 'phone',
          priceIrr: 0,
          isActive: true,
        },
      ],
    })
    expect(api.bodiesSentTo(PUT_PROFILE)).toEqual([])
  })

  it('removes a session type and refuses a price it cannot read', async () => {
    const { api } = renderPage({ [PUT_TYPES]: [ok(profile({ sessionTypes: [] }))] })
    await screen.findByLabelText('قیمت (تومان)')
    await replaceText('قیمت (تومان)', '۱۲.۵')
    await userEvent.click(saveButton())
    expect(await screen.findByText(/قیمت را به تومان و بدون اعشار/)).toBeTruthy()
    expect(api.bodiesSentTo(PUT_TYPES)).toEqual([])

    await userEvent.click(screen.getByRole('button', { name: 'حذف نوع جلسهٔ ۱' }))
    expect(screen.getByText(/هنوز نوع جلسه‌ای تعریف نکرده‌اید/)).toBeTruthy()
    await userEvent.click(saveButton())
    await waitFor(() => expect(api.bodiesSentTo(PUT_TYPES)).toEqual([{ sessionTypes: [] }]))
  })

  it('accepts only an https room link, checked before anything is sent', async () => {
    const room = 'https://meet.example.ir/room-7'
    const { api } = renderPage({ [PUT_PROFILE]: [ok(profile({ roomUrl: room }))] })
    await screen.findByLabelText('پیوند اتاق جلسهٔ تصویری')
    for (const unsafe of ['http://meet.example.ir/room-7', 'javascript:alert(1)']) {
      await replaceText('پیوند اتاق جلسهٔ تصویری', unsafe)
      await userEvent.click(saveButton())
      expect(await screen.findByText(/با https:\/\/ شروع شود/)).toBeTruthy()
      expect(field('پیوند اتاق جلسهٔ تصویری').getAttribute('aria-invalid')).toBe('true')
    }
    expect(api.bodiesSentTo(PUT_PROFILE)).toEqual([])

    await replaceText('پیوند اتاق جلسهٔ تصویری', room)
    await userEvent.click(saveButton())
    await screen.findByText(/تغییرات ذخیره شد/)
    expect(api.bodiesSentTo(PUT_PROFILE)[0]).toMatchObject({ roomUrl: room })
  })

  it("puts the server's field errors on their fields and says what else went wrong", async () => {
    const refusal = problem(400, 'VALIDATION_FAILED')
    Object.assign(refusal.body as object, {
      errors: [{ path: 'body.roomUrl', message: 'Invalid URL' }],
    })
    renderPage({
      [PUT_PROFILE]: [refusal, problem(500, 'INTERNAL')],
      [PUT_TYPES]: [problem(404, 'NOT_FOUND')],
    })
    await screen.findByLabelText('پیوند اتاق جلسهٔ تصویری')
    await replaceText('پیوند اتاق جلسهٔ تصویری', 'https://meet.example.ir/x')
    await userEvent.click(saveButton())
    await waitFor(() =>
      expect(field('پیوند اتاق جلسهٔ تصویری').getAttribute('aria-invalid')).toBe('true'),
    )

    await replaceText('معرفی به فارسی', 'متن تازه')
    await userEvent.click(saveButton())
    expect((await screen.findByRole('alert')).textContent).toBe(
      'خطایی در سمت ما رخ داد. لطفاً کمی بعد دوباره تلاش کنید.',
    )
    expect(screen.getByText('تغییرات ذخیره‌نشده دارید.')).toBeTruthy()
  })

  it('says so when a session type was removed elsewhere', async () => {
    renderPage({ [PUT_TYPES]: [problem(404, 'NOT_FOUND')] })
    await screen.findByLabelText('مدت (دقیقه)')
    await replaceText('مدت (دقیقه)', '۶۰')
    await userEvent.click(saveButton())
    expect((await screen.findByRole('alert')).textContent).toContain(
      'یکی از انواع جلسه دیگر وجود ندارد',
    )
  })

  it('asks before leaving with unsaved changes', async () => {
    const confirm = vi.fn(() => false)
    vi.stubGlobal('confirm', confirm)
    const { router } = renderPage({})
    await screen.findByLabelText('معرفی به انگلیسی')
    await userEvent.type(field('معرفی به انگلیسی'), 'Clinical psychologist')
    await userEvent.click(screen.getByRole('link', { name: 'دیدن صفحهٔ عمومی' }))
    expect(confirm).toHaveBeenCalledWith('تغییرات ذخیره‌نشده از بین می‌رود. صفحه را ترک می‌کنید؟')
    expect(router.state.location.pathname).toBe('/practice')
    confirm.mockReturnValue(true)
    await userEvent.click(screen.getByRole('link', { name: 'دیدن صفحهٔ عمومی' }))
    expect(await screen.findByText('public page')).toBeTruthy()
  })

  it('reads in English with Western digits', async () => {
    await i18n.changeLanguage('en')
    renderPage({})
    expect(screen.getByRole('heading', { level: 1, name: 'My practice' })).toBeTruthy()
    await screen.findByLabelText('Price (toman)')
    expect(field('Price (toman)').value).toBe('2,000,000')
    expect(screen.getByText('2,000,000 toman')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Remove Anxiety' })).toBeTruthy()
  })
})
