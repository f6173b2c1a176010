import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { i18n } from '@yektayar/ui'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  fakeApi,
  initTestI18n,
  problem,
  userFixture,
  withQueryClient,
} from '../../../shared/testing/test-support.tsx'
import { onboardingMessagesEn } from '../onboarding-messages-en.ts'
import { onboardingMessagesFa } from '../onboarding-messages-fa.ts'
import { OnboardingForm } from './onboarding-form.tsx'

initTestI18n({ fa: { onboarding: onboardingMessagesFa }, en: { onboarding: onboardingMessagesEn } })

const PATCH = 'PATCH /api/v1/users/me'

describe('OnboardingForm', () => {
  beforeEach(() => i18n.changeLanguage('fa'))
  afterEach(() => vi.unstubAllGlobals())

  it('saves names, nickname, discreet mode and language, then moves on', async () => {
    const api = fakeApi({ [PATCH]: [{ status: 200, body: userFixture() }] })
    const onDone = vi.fn()
    const user = userEvent.setup()
    render(withQueryClient(<OnboardingForm me={userFixture()} onDone={onDone} />))

    await user.type(screen.getByLabelText('نام'), ' سارا ')
    await user.type(screen.getByLabelText('نام خانوادگی'), 'احمدی')
    await user.type(screen.getByLabelText('نام مستعار (اختیاری)'), 'گل‌رز')
    await user.click(screen.getByRole('switch', { name: 'حالت محرمانه' }))
    await user.click(screen.getByRole('button', { name: 'ذخیره و ادامه' }))

    await vi.waitFor(() => expect(onDone).toHaveBeenCalled())
    expect(api.bodiesSentTo(PATCH)).toEqual([
      {
        profile: { firstName: 'سارا', lastName: 'احمدی', displayName: 'گل‌رز' },
        preferences: { discreetMode: true, language: 'fa' },
      },
    ])
  })

  it('explains what discreet mode does', () => {
    fakeApi({})
    render(withQueryClient(<OnboardingForm me={userFixture()} onDone={() => {}} />))
    const toggle = screen.getByRole('switch', { name: 'حالت محرمانه' })
    const hint = document.getElementById(toggle.getAttribute('aria-describedby') ?? '')
    expect(hint?.textContent).toContain('نام مستعار شما را می‌بینند')
  })

  it('asks for the names, and for a nickname when discreet mode is on', async () => {
    const api = fakeApi({})
    const user = userEvent.setup()
    render(withQueryClient(<OnboardingForm me={userFixture()} onDone={() => {}} />))

    await user.click(screen.getByRole('switch', { name: 'حالت محرمانه' }))
    await user.click(screen.getByRole('button', { name: 'ذخیره و ادامه' }))

    const alerts = (await screen.findAllByRole('alert')).map((alert) => alert.textContent)
    expect(alerts).toEqual([
      'نام خود را وارد کنید.',
      'نام خانوادگی خود را وارد کنید.',
      'برای حالت محرمانه یک نام مستعار وارد کنید.',
    ])
    expect(api.calls()).toEqual([])
  })

  it('switches the page to English at once and saves that choice', async () => {
    const api = fakeApi({ [PATCH]: [{ status: 200, body: userFixture() }] })
    const user = userEvent.setup()
    render(withQueryClient(<OnboardingForm me={userFixture()} onDone={() => {}} />))

    await user.click(screen.getByRole('radio', { name: 'English' }))
    expect(i18n.resolvedLanguage).toBe('en')
    await user.type(screen.getByLabelText('First name'), 'Sara')
    await user.type(screen.getByLabelText('Last name'), 'Ahmadi')
    await user.click(screen.getByRole('button', { name: 'Save and continue' }))

    await vi.waitFor(() => expect(api.bodiesSentTo(PATCH)).toHaveLength(1))
    expect(api.bodiesSentTo(PATCH)[0]).toEqual({
      profile: { firstName: 'Sara', lastName: 'Ahmadi', displayName: null },
      preferences: { discreetMode: false, language: 'en' },
    })
  })

  it('shows a failed save in the reader’s language and stays', async () => {
    const onDone = vi.fn()
    fakeApi({ [PATCH]: [problem(400, 'VALIDATION_FAILED')] })
    const user = userEvent.setup()
    render(withQueryClient(<OnboardingForm me={userFixture()} onDone={onDone} />))

    await user.type(screen.getByLabelText('نام'), 'سارا')
    await user.type(screen.getByLabelText('نام خانوادگی'), 'احمدی')
    await user.click(screen.getByRole('button', { name: 'ذخیره و ادامه' }))

    expect((await screen.findByRole('alert')).textContent).toBe(
      'بعضی از اطلاعات واردشده درست نیست.',
    )
    expect(onDone).not.toHaveBeenCalled()
  })

  it("shows the server's field error under the field it names", async () => {
    const refusal = problem(400, 'VALIDATION_FAILED')
    refusal.body = {
      ...(refusal.body as object),
      errors: [{ path: 'body.profile.lastName', message: 'Too big' }],
    }
    fakeApi({ [PATCH]: [refusal] })
    const user = userEvent.setup()
    render(withQueryClient(<OnboardingForm me={userFixture()} onDone={() => {}} />))

    await user.type(screen.getByLabelText('نام'), 'سارا')
    await user.type(screen.getByLabelText('نام خانوادگی'), 'احمدی')
    await user.click(screen.getByRole('button', { name: 'ذخیره و ادامه' }))

    await vi.waitFor(() =>
      expect(screen.getByLabelText('نام خانوادگی').getAttribute('aria-invalid')).toBe('true'),
    )
    expect(screen.getByLabelText('نام').getAttribute('aria-invalid')).toBeNull()
  })

  it('offers discreet mode to patients only', () => {
    fakeApi({})
    render(
      withQueryClient(
        <OnboardingForm me={userFixture({ type: 'psychologist' })} onDone={() => {}} />,
      ),
    )
    expect(screen.queryByRole('switch')).toBeNull()
  })
})
