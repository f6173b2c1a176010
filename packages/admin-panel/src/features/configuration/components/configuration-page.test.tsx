import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ConfigEntry } from '@yektayar/shared/types'
import { i18n } from '@yektayar/ui'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, renderPage } from '../testing/render-page.tsx'
import { ConfigurationPage } from './configuration-page.tsx'

const entry = (key: string, overrides: Partial<ConfigEntry>): ConfigEntry => ({
  key,
  group: 'companion',
  description: { fa: `توضیح ${key}`, en: `About ${key}` },
  shape: { type: 'string' },
  sensitive: false,
  default: null,
  value: null,
  source: 'env',
  updatedAt: null,
  ...overrides,
})

const ENTRIES: ConfigEntry[] = [
  entry('companion.provider', {
    shape: { type: 'string', enum: ['offline', 'openai-compatible'] },
    default: 'offline',
    value: 'offline',
  }),
  entry('companion.hourlyQuota', {
    shape: { type: 'integer', minimum: 1, maximum: 1000 },
    default: 30,
    value: 30,
  }),
  entry('companion.dailyQuota', {
    shape: { type: 'integer', minimum: 1, maximum: 10000 },
    default: 100,
    value: 40,
    source: 'database',
    updatedAt: '2026-03-20T12:00:00.000Z',
  }),
  entry('companion.apiKey', {
    shape: { type: 'string', minLength: 8 },
    sensitive: true,
    value: '••••••',
    source: 'database',
    updatedAt: '2026-03-20T12:00:00.000Z',
  }),
  entry('companion.enabled', {
    shape: { type: 'boolean' },
    default: true,
    value: true,
    source: 'default',
  }),
  entry('care.reminderMinutesBefore', {
    group: 'care',
    shape: {
      type: 'array',
      minItems: 1,
      maxItems: 20,
      items: { type: 'integer', minimum: 1, maximum: 43200 },
    },
    default: [1440, 60],
    value: [1440, 60],
  }),
  entry('files.quotaMbPerPurpose', {
    group: 'files',
    shape: { type: 'integer', minimum: 1, maximum: 100000 },
    default: 200,
    value: 200,
  }),
  entry('safety.escalateAfterSeconds', {
    group: 'safety',
    shape: { type: 'integer', minimum: 10, maximum: 3600 },
    default: 600,
    value: 600,
  }),
]

const problem = (status: number, code: string, errors?: unknown) => ({
  status,
  body: { type: 'about:blank', title: 'x', status, code, errors },
})

const cardOf = (key: string) =>
  screen.getByRole('heading', { name: key }).closest('li') as HTMLElement

describe('configuration', () => {
  beforeEach(() => i18n.changeLanguage('en'))
  afterEach(() => vi.unstubAllGlobals())

  it('shows each key with its description, value, source and the input its schema calls for', async () => {
    fakeApi(['config.manage'], () => ({ status: 200, body: { items: ENTRIES } }))
    renderPage('/configuration', ConfigurationPage)
    expect(await screen.findByRole('heading', { name: 'AI companion' })).toBeTruthy()
    const provider = within(cardOf('companion.provider'))
    expect(provider.getByText('About companion.provider')).toBeTruthy()
    expect(provider.getByText('Server setting')).toBeTruthy()
    const select = provider.getByLabelText('New value of companion.provider') as HTMLSelectElement
    expect(select.tagName).toBe('SELECT')
    expect(within(select).getByRole('option', { name: 'OpenAI-compatible service' })).toBeTruthy()
    expect(provider.queryByRole('button', { name: 'Reset to default' })).toBeNull()

    const daily = within(cardOf('companion.dailyQuota'))
    expect(daily.getByText('Changed by an admin')).toBeTruthy()
    expect(daily.getByText('Default: 100')).toBeTruthy()
    expect(daily.getByRole('button', { name: 'Reset to default' })).toBeTruthy()

    const secret = within(cardOf('companion.apiKey'))
    expect(secret.getByText('Set (hidden)')).toBeTruthy()
    expect(secret.getByRole('button', { name: 'Clear the stored value' })).toBeTruthy()
    const replace = secret.getByLabelText(
      'Replace the secret value of companion.apiKey',
    ) as HTMLInputElement
    expect(replace.type).toBe('password')
    expect(replace.value).toBe('')
    expect(secret.getByRole('button', { name: 'Save' }).hasAttribute('disabled')).toBe(true)

    expect(within(cardOf('companion.enabled')).getByRole('switch')).toBeTruthy()
    expect(within(cardOf('companion.enabled')).getByText('Built-in default')).toBeTruthy()
  })

  it('checks a value before sending it, then saves it and shows the answer', async () => {
    let stored = 30
    const calls = fakeApi(['config.manage'], (call) => {
      if (call.method === 'PUT') {
        stored = (call.body as { value: number }).value
        return { status: 200, body: { ...ENTRIES[1], value: stored, source: 'database' } }
      }
      const items = ENTRIES.map((e) =>
        e.key === 'companion.hourlyQuota'
          ? { ...e, value: stored, source: stored === 30 ? 'env' : 'database' }
          : e,
      )
      return { status: 200, body: { items } }
    })
    renderPage('/configuration', ConfigurationPage)
    await screen.findByRole('heading', { name: 'companion.hourlyQuota' })
    const card = within(cardOf('companion.hourlyQuota'))
    const input = card.getByLabelText('New value of companion.hourlyQuota')
    await userEvent.clear(input)
    await userEvent.type(input, '5000')
    await userEvent.click(card.getByRole('button', { name: 'Save' }))
    expect(card.getByText('It cannot be more than 1000.')).toBeTruthy()
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(0)

    await userEvent.clear(input)
    await userEvent.type(input, '۴۵')
    await userEvent.click(card.getByRole('button', { name: 'Save' }))
    expect(await card.findByText('Saved and applied on every server.')).toBeTruthy()
    const put = calls.find((c) => c.method === 'PUT')
    expect(put).toMatchObject({
      path: '/api/v1/admin/config/companion.hourlyQuota',
      body: { value: 45 },
    })
    await waitFor(() =>
      expect(card.getByTestId('current-companion.hourlyQuota').textContent).toBe('45'),
    )
    expect(card.getByText('Changed by an admin')).toBeTruthy()
  })

  it('shows the server’s reason under the field, and resets to the default', async () => {
    const calls = fakeApi(['config.manage'], (call) => {
      if (call.method === 'PUT') {
        return problem(400, 'VALIDATION_FAILED', [
          {
            path: 'body.value',
            message: 'The daily limit (10) must be at least the hourly limit (30).',
          },
        ])
      }
      if (call.method === 'DELETE') {
        return { status: 200, body: { ...ENTRIES[2], value: 100, source: 'env', updatedAt: null } }
      }
      return { status: 200, body: { items: ENTRIES } }
    })
    renderPage('/configuration', ConfigurationPage)
    await screen.findByRole('heading', { name: 'companion.dailyQuota' })
    const card = within(cardOf('companion.dailyQuota'))
    const input = card.getByLabelText('New value of companion.dailyQuota')
    await userEvent.clear(input)
    await userEvent.type(input, '10')
    await userEvent.click(card.getByRole('button', { name: 'Save' }))
    expect(
      await card.findByText('The daily limit (10) must be at least the hourly limit (30).'),
    ).toBeTruthy()
    expect(input.getAttribute('aria-invalid')).toBe('true')

    await userEvent.click(card.getByRole('button', { name: 'Reset to default' }))
    expect(await card.findByText('Back to the default value.')).toBeTruthy()
    expect(
      calls.some((c) => c.method === 'DELETE' && c.path.endsWith('/companion.dailyQuota')),
    ).toBe(true)
  })

  it('replaces a secret without ever showing it', async () => {
    const calls = fakeApi(['config.manage'], (call) =>
      call.method === 'PUT'
        ? { status: 200, body: ENTRIES[3] }
        : { status: 200, body: { items: ENTRIES } },
    )
    renderPage('/configuration', ConfigurationPage)
    await screen.findByRole('heading', { name: 'companion.apiKey' })
    const card = within(cardOf('companion.apiKey'))
    await userEvent.type(
      card.getByLabelText('Replace the secret value of companion.apiKey'),
      'sk_new_secret',
    )
    await userEvent.click(card.getByRole('button', { name: 'Save' }))
    expect(await card.findByText('Saved and applied on every server.')).toBeTruthy()
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({ value: 'sk_new_secret' })
    expect(
      (card.getByLabelText('Replace the secret value of companion.apiKey') as HTMLInputElement)
        .value,
    ).toBe('')
  })

  it('shows the groups in their order, each under its title', async () => {
    fakeApi(['config.manage'], () => ({ status: 200, body: { items: ENTRIES } }))
    renderPage('/configuration', ConfigurationPage)
    await screen.findByRole('heading', { name: 'Appointments' })
    const titles = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)
    expect(titles).toEqual(['Appointments', 'Clinical safety', 'AI companion', 'Files'])
    expect(
      within(cardOf('safety.escalateAfterSeconds')).getByLabelText(
        'New value of safety.escalateAfterSeconds',
      ),
    ).toBeTruthy()
  })

  it('edits a list of numbers in one field, checked before it is sent', async () => {
    let stored: number[] = [1440, 60]
    const calls = fakeApi(['config.manage'], (call) => {
      const reminders = ENTRIES.find((e) => e.key === 'care.reminderMinutesBefore') as ConfigEntry
      if (call.method === 'PUT') {
        stored = [...(call.body as { value: number[] }).value].sort((a, b) => b - a)
        return { status: 200, body: { ...reminders, value: stored, source: 'database' } }
      }
      const items = ENTRIES.map((e) => (e === reminders ? { ...e, value: stored } : e))
      return { status: 200, body: { items } }
    })
    renderPage('/configuration', ConfigurationPage)
    await screen.findByRole('heading', { name: 'care.reminderMinutesBefore' })
    const card = within(cardOf('care.reminderMinutesBefore'))
    expect(card.getByTestId('current-care.reminderMinutesBefore').textContent).toBe('1440, 60')
    const input = card.getByLabelText('New value of care.reminderMinutesBefore') as HTMLInputElement
    expect(input.value).toBe('1440, 60')
    expect(card.getByText('Separate the numbers with commas.')).toBeTruthy()
    await userEvent.clear(input)
    await userEvent.type(input, '30, 30')
    await userEvent.click(card.getByRole('button', { name: 'Save' }))
    expect(card.getByText('Enter each number once.')).toBeTruthy()
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(0)

    await userEvent.clear(input)
    await userEvent.type(input, '۳۰، ۶۰۰')
    await userEvent.click(card.getByRole('button', { name: 'Save' }))
    expect(await card.findByText('Saved and applied on every server.')).toBeTruthy()
    expect(calls.find((c) => c.method === 'PUT')).toMatchObject({
      path: '/api/v1/admin/config/care.reminderMinutesBefore',
      body: { value: [30, 600] },
    })
    await waitFor(() =>
      expect(card.getByTestId('current-care.reminderMinutesBefore').textContent).toBe('600, 30'),
    )
  })

  it('says whether a secret is set, and clears a stored one back to the server’s', async () => {
    const apiKey = ENTRIES[3] as ConfigEntry
    let cleared = false
    const calls = fakeApi(['config.manage'], (call) => {
      const unset = { ...apiKey, value: null, default: null, source: 'env', updatedAt: null }
      if (call.method === 'DELETE') {
        cleared = true
        return { status: 200, body: unset }
      }
      const items = ENTRIES.map((e) => (e === apiKey && cleared ? unset : e))
      return { status: 200, body: { items } }
    })
    renderPage('/configuration', ConfigurationPage)
    await screen.findByRole('heading', { name: 'companion.apiKey' })
    const card = within(cardOf('companion.apiKey'))
    expect(card.getByTestId('current-companion.apiKey').textContent).toBe('Set (hidden)')
    await userEvent.click(card.getByRole('button', { name: 'Clear the stored value' }))
    expect(await card.findByText('Back to the default value.')).toBeTruthy()
    expect(calls.find((c) => c.method === 'DELETE')?.path).toBe(
      '/api/v1/admin/config/companion.apiKey',
    )
    await waitFor(() =>
      expect(card.getByTestId('current-companion.apiKey').textContent).toBe('Not set'),
    )
    expect(card.queryByRole('button', { name: 'Clear the stored value' })).toBeNull()
    expect(card.getByText('Default: Not set')).toBeTruthy()
  })

  it('says when the list could not be read, and tries again', async () => {
    let fail = true
    fakeApi(['config.manage'], () =>
      fail ? problem(403, 'FORBIDDEN') : { status: 200, body: { items: ENTRIES } },
    )
    renderPage('/configuration', ConfigurationPage)
    expect(await screen.findByText('You are not allowed to do this.')).toBeTruthy()
    fail = false
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('heading', { name: 'AI companion' })).toBeTruthy()
  })

  it('reads Persian by default', async () => {
    await i18n.changeLanguage('fa')
    fakeApi(['config.manage'], () => ({ status: 200, body: { items: ENTRIES } }))
    renderPage('/configuration', ConfigurationPage)
    expect(await screen.findByRole('heading', { name: 'همراه هوشمند' })).toBeTruthy()
    const daily = within(cardOf('companion.dailyQuota'))
    expect(daily.getByTestId('current-companion.dailyQuota').textContent).toBe('۴۰')
    expect(daily.getByText('پیش‌فرض: ۱۰۰')).toBeTruthy()
    expect(daily.getByText('توضیح companion.dailyQuota')).toBeTruthy()
    expect(screen.getByRole('heading', { name: 'نوبت‌ها' })).toBeTruthy()
    const reminders = within(cardOf('care.reminderMinutesBefore'))
    expect(reminders.getByTestId('current-care.reminderMinutesBefore').textContent).toBe('۱۴۴۰، ۶۰')
    expect(reminders.getByText('عددها را با ویرگول از هم جدا کنید.')).toBeTruthy()
    expect(within(cardOf('companion.apiKey')).getByText('تعیین شده (پنهان)')).toBeTruthy()
  })

  it('tells staff without config.manage, and asks nothing', async () => {
    const calls = fakeApi(['reports.read'], () => ({ status: 200, body: { items: [] } }))
    renderPage('/configuration', ConfigurationPage)
    expect(await screen.findByText(/config\.manage/)).toBeTruthy()
    expect(calls).toHaveLength(0)
  })

  it('says when there is nothing to configure', async () => {
    fakeApi(['config.manage'], () => ({ status: 200, body: { items: [] } }))
    renderPage('/configuration', ConfigurationPage)
    expect(await screen.findByText('No setting can be changed here yet.')).toBeTruthy()
  })
})
