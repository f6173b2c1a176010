import type { AddressInfo } from 'node:net'
import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../../test/auth-fixtures.ts'
import { mountChannelRoutes } from '../../../../test/channel-routes.ts'
import { createTestApp, type TestApp } from '../../../../test/test-app.ts'
import { channelSetupOf } from './channel-senders.ts'
import { type OutboundNotice, PermanentChannelError } from './notification-channel.ts'

const PUBLIC_URL = 'https://app.yektayar.test'

// A real SMTP server on a loopback port (plaintext, so no certificates); every mail it
// accepts is parsed by mailparser, as a mail client would read it.
let smtp: SMTPServer
let smtpPort: number
const inbox: { to: string[]; mail: ParsedMail }[] = []
/** Recipients the server refuses at RCPT TO, with the SMTP code it answers. */
const refusals = new Map<string, number>()
let testApp: TestApp
let person: SignedInUser

beforeAll(async () => {
  smtp = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const refusal = refusals.get(address.address)
      if (!refusal) return callback()
      callback(Object.assign(new Error(`refused ${address.address}`), { responseCode: refusal }))
    },
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          inbox.push({ to: session.envelope.rcptTo.map((r) => r.address), mail })
          callback()
        },
        (error: Error) => callback(error),
      )
    },
  })
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
  smtpPort = (smtp.server.address() as AddressInfo).port
  testApp = await createTestApp({
    env: {
      EMAIL_PROVIDER: 'smtp',
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      EMAIL_FROM: 'YektaYar <no-reply@yektayar.test>',
      PUBLIC_URL,
      NOTIFICATION_UNSUBSCRIBE_SECRET: 'email-channel-test-secret-0123456789abcdef',
    },
    beforeReady: mountChannelRoutes,
  })
  person = await createSignedInUser(testApp, 'patient')
})

afterAll(async () => {
  await testApp?.close()
  await new Promise<void>((resolve) => smtp.close(() => resolve()))
})

beforeEach(() => {
  inbox.length = 0
})

function notice(overrides: Partial<OutboundNotice> = {}): OutboundNotice {
  return {
    deliveryId: '3c0e1f3a-7d7b-4a53-9a0e-5b1f2c3d4e5f',
    userId: person.id,
    category: 'message_digest',
    locale: 'fa',
    title: 'پیام تازه از <روان‌شناس شما>',
    body: 'یک پیام خوانده‌نشده دارید.\nبرای خواندن وارد شوید & پاسخ دهید.',
    discreetText: 'پیام تازه‌ای در یکتایار دارید',
    link: '/messages/42',
    reach: { phone: null, email: 'sara@example.com' },
    unsubscribable: true,
    ...overrides,
  }
}

async function sendEmail(overrides: Partial<OutboundNotice> = {}) {
  const sender = channelSetupOf(testApp.app).senders.email
  if (!sender) throw new Error('no email sender')
  const result = await sender.send(notice(overrides))
  expect(inbox).toHaveLength(1)
  return { result, mail: (inbox[0] as { mail: ParsedMail }).mail, to: inbox[0]?.to }
}

function headerLine(mail: ParsedMail, key: string): string | undefined {
  const line = mail.headerLines.find((header) => header.key === key)?.line
  return line?.slice(line.indexOf(':') + 1).trim()
}

function unsubscribeUrlOf(mail: ParsedMail): URL {
  const value = headerLine(mail, 'list-unsubscribe') ?? ''
  const url = /^<(.+)>$/.exec(value)?.[1]
  if (!url) throw new Error(`no List-Unsubscribe URL in ${value}`)
  return new URL(url)
}

async function emailSwitchOf(category: string): Promise<unknown> {
  const [row] = await testApp.database.query<{ categories: Record<string, unknown> }>(
    'SELECT categories FROM notification_preferences WHERE user_id = $1',
    [person.id],
  )
  return (row?.categories[category] as { email?: boolean } | undefined)?.email
}

describe('email channel over SMTP', () => {
  it('sends right-to-left HTML and plain text with the discreet subject', async () => {
    const { result, mail, to } = await sendEmail()
    expect(to).toEqual(['sara@example.com'])
    expect(mail.subject).toBe('پیام تازه‌ای در یکتایار دارید')
    expect(mail.html).toContain('<html lang="fa" dir="rtl">')
    expect(mail.text).toContain('یک پیام خوانده‌نشده دارید.')
    expect(mail.text).toContain(`${PUBLIC_URL}/messages/42`)
    expect(result.providerMessageId).toBe(mail.messageId)
  })

  it('escapes every value in the HTML', async () => {
    const { mail } = await sendEmail()
    expect(mail.html).toContain('پیام تازه از &#60;روان‌شناس شما&#62;')
    expect(mail.html).toContain('وارد شوید &#38; پاسخ دهید.')
    expect(mail.html).not.toContain('<روان‌شناس')
  })

  it('writes English left to right', async () => {
    const { mail } = await sendEmail({
      locale: 'en',
      title: 'New message',
      body: 'You have an unread message.',
      discreetText: 'You have a new message on YektaYar',
    })
    expect(mail.html).toContain('<html lang="en" dir="ltr">')
    expect(mail.subject).toBe('You have a new message on YektaYar')
    expect(mail.text).toContain('Stop emails like this one: https://')
  })

  it('adds one-click unsubscribe headers and a visible link for unsubscribable categories', async () => {
    const { mail } = await sendEmail()
    const url = unsubscribeUrlOf(mail)
    expect(url.origin + url.pathname).toBe(`${PUBLIC_URL}/api/v1/notifications/unsubscribe`)
    expect(headerLine(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click')
    expect(mail.text).toContain(url.href)
    expect(mail.html).toContain(`href="${url.href.replaceAll('&', '&#38;')}"`)
  })

  it('leaves the link out of essential categories', async () => {
    const { mail } = await sendEmail({ category: 'appointment_reminder', unsubscribable: false })
    expect(headerLine(mail, 'list-unsubscribe')).toBeUndefined()
    expect(mail.text).not.toContain('/notifications/unsubscribe')
  })

  it('fails for good when the relay refuses the mailbox (550) and retries a 451', async () => {
    const sender = channelSetupOf(testApp.app).senders.email
    refusals.set('gone@example.com', 550)
    refusals.set('busy@example.com', 451)
    const gone = await sender
      ?.send(notice({ reach: { phone: null, email: 'gone@example.com' } }))
      .catch((reason: unknown) => reason)
    expect(gone).toBeInstanceOf(PermanentChannelError)
    const busy = await sender
      ?.send(notice({ reach: { phone: null, email: 'busy@example.com' } }))
      .catch((reason: unknown) => reason)
    expect(busy).toBeInstanceOf(Error)
    expect(busy).not.toBeInstanceOf(PermanentChannelError)
    expect(inbox).toEqual([])
  })

  it('skips a person without a verified email', async () => {
    const sender = channelSetupOf(testApp.app).senders.email
    const result = await sender?.send(notice({ reach: { phone: '+989121234567', email: null } }))
    expect(result).toEqual({ skipped: 'no verified email' })
    expect(inbox).toEqual([])
  })
})

describe('following the unsubscribe link', () => {
  it('shows a confirm page on GET and changes nothing yet', async () => {
    const { mail } = await sendEmail({ category: 'announcement' })
    const url = unsubscribeUrlOf(mail)
    const page = await testApp.app.inject({ method: 'GET', url: url.pathname + url.search })
    expect(page.statusCode).toBe(200)
    expect(page.headers['content-type']).toContain('text/html')
    expect(page.headers['content-security-policy']).toContain("default-src 'none'")
    expect(page.body).toContain('dir="rtl"')
    expect(page.body).toContain('<form method="post"')
    expect(await emailSwitchOf('announcement')).toBeUndefined()
  })

  it('turns that category’s email off by one-click POST, keeping other choices', async () => {
    await testApp.database.query(
      `INSERT INTO notification_preferences (user_id, categories) VALUES ($1, $2::jsonb)
       ON CONFLICT (user_id) DO UPDATE SET categories = EXCLUDED.categories`,
      [
        person.id,
        JSON.stringify({ message_digest: { sms: false }, payment_receipt: { email: false } }),
      ],
    )
    const { mail } = await sendEmail()
    const url = unsubscribeUrlOf(mail)
    const response = await testApp.app.inject({
      method: 'POST',
      url: url.pathname + url.search,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    })
    expect(response.statusCode).toBe(200)
    expect(response.body).toContain('dir="rtl"')
    const [row] = await testApp.database.query<{ categories: unknown }>(
      'SELECT categories FROM notification_preferences WHERE user_id = $1',
      [person.id],
    )
    expect(row?.categories).toEqual({
      message_digest: { sms: false, email: false },
      payment_receipt: { email: false },
    })
  })

  it('turns it off through the confirm page’s own form', async () => {
    await testApp.database.query('DELETE FROM notification_preferences WHERE user_id = $1', [
      person.id,
    ])
    const { mail } = await sendEmail({ category: 'message_digest', locale: 'en' })
    const url = unsubscribeUrlOf(mail)
    const page = await testApp.app.inject({ method: 'GET', url: url.pathname + url.search })
    expect(page.body).toContain('lang="en" dir="ltr"')
    const action = /<form method="post" action="([^"]+)"/.exec(page.body)?.[1] ?? ''
    expect(await emailSwitchOf('message_digest')).toBeUndefined()
    const response = await testApp.app.inject({
      method: 'POST',
      url: action.replaceAll('&#38;', '&'),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: '',
    })
    expect(response.statusCode).toBe(200)
    expect(response.body).toContain('Emails about new messages are off.')
    expect(await emailSwitchOf('message_digest')).toBe(false)
  })

  it('works from a browser holding a session cookie without a CSRF token', async () => {
    const { mail } = await sendEmail({ category: 'inbox_assignment' })
    const url = unsubscribeUrlOf(mail)
    const response = await testApp.app.inject({
      method: 'POST',
      url: url.pathname + url.search,
      headers: { cookie: `yy_session=${person.token}` },
    })
    expect(response.statusCode).toBe(200)
    expect(await emailSwitchOf('inbox_assignment')).toBe(false)
  })

  it('still refuses a cookie-session write elsewhere without its CSRF token', async () => {
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/v1/notifications/push-subscriptions',
      headers: { cookie: `yy_session=${person.token}` },
      payload: {},
    })
    expect(response.statusCode).toBe(403)
    expect(response.json().code).toBe('CSRF_FAILED')
  })

  it.each([
    ['forged', (token: string) => `${token.split('.')[0]}.${'A'.repeat(43)}`],
    ['for another person', (token: string) => swapUser(token)],
    ['malformed', () => 'not-a-token'],
  ])('answers 400 UNSUBSCRIBE_TOKEN_INVALID for a %s token', async (_kind, tamper) => {
    const { mail } = await sendEmail()
    const token = unsubscribeUrlOf(mail).searchParams.get('token') ?? ''
    for (const method of ['GET', 'POST'] as const) {
      const response = await testApp.app.inject({
        method,
        url: `/api/v1/notifications/unsubscribe?token=${encodeURIComponent(tamper(token))}`,
      })
      expect(response.statusCode).toBe(400)
      expect(response.headers['content-type']).toContain('application/problem+json')
      expect(response.json().code).toBe('UNSUBSCRIBE_TOKEN_INVALID')
    }
  })
})

/** The same signature over a body naming someone else. */
function swapUser(token: string): string {
  const [body, mac] = token.split('.')
  const [, category] = Buffer.from(body ?? '', 'base64url')
    .toString()
    .split(':')
  const other = Buffer.from(`00000000-0000-4000-8000-000000000000:${category}`).toString(
    'base64url',
  )
  return `${other}.${mac}`
}
