import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { SmtpEmailSender } from './smtp-email-sender.ts'

interface ReceivedMail {
  from: string
  to: string[]
  user: string | undefined
  raw: string
}

// A real SMTP server on a loopback port; plaintext so no certificates are needed.
let server: SMTPServer
let port: number
const received: ReceivedMail[] = []

beforeAll(async () => {
  server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authOptional: true,
    logger: false,
    onAuth(auth, _session, callback) {
      const valid = auth.username === 'mailer' && auth.password === 's3cret'
      callback(valid ? null : new Error('Invalid username or password'), { user: auth.username })
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((recipient) => recipient.address),
          user: session.user,
          raw: Buffer.concat(chunks).toString('utf8'),
        })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.server.address() as AddressInfo).port
})

beforeEach(() => {
  received.length = 0
})

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

function sender(auth = '') {
  return new SmtpEmailSender({
    url: `smtp://${auth}127.0.0.1:${port}`,
    from: 'YektaYar <no-reply@yektayar.test>',
    timeoutMs: 2_000,
  })
}

describe('SmtpEmailSender', () => {
  it('delivers subject, text and HTML to the recipient', async () => {
    const mailer = sender()
    await mailer.send({
      to: 'sara@example.com',
      subject: 'Appointment confirmed',
      text: 'See you on Saturday.',
      html: '<p>See you on Saturday.</p>',
    })
    mailer.close()
    expect(received).toHaveLength(1)
    const mail = received[0] as ReceivedMail
    expect(mail.from).toBe('no-reply@yektayar.test')
    expect(mail.to).toEqual(['sara@example.com'])
    const parsed = parseMail(mail.raw)
    expect(parsed.subject).toBe('Appointment confirmed')
    expect(parsed.parts['text/plain']).toBe('See you on Saturday.')
    expect(parsed.parts['text/html']).toBe('<p>See you on Saturday.</p>')
  })

  it('sends the Persian OTP email with the code', async () => {
    const mailer = sender()
    await mailer.sendOtp('sara@example.com', '482913', 'fa')
    mailer.close()
    const parsed = parseMail((received[0] as ReceivedMail).raw)
    expect(parsed.subject).toBe('کد ورود یکتایار')
    expect(parsed.parts['text/plain']).toContain('کد ورود شما به یکتایار: 482913')
    expect(parsed.parts['text/plain']).toContain('۲ دقیقه')
    expect(parsed.parts['text/html']).toContain('dir="rtl"')
  })

  it('authenticates with the credentials in the URL', async () => {
    const mailer = sender('mailer:s3cret@')
    await mailer.sendOtp('sara@example.com', '482913', 'en')
    mailer.close()
    expect(received[0]?.user).toBe('mailer')
    expect(parseMail((received[0] as ReceivedMail).raw).subject).toBe('Your YektaYar sign-in code')
  })

  it('rejects when the relay refuses the credentials', async () => {
    const mailer = sender('mailer:wrong@')
    await expect(mailer.sendOtp('sara@example.com', '482913', 'en')).rejects.toThrow()
    mailer.close()
    expect(received).toEqual([])
  })
})

// Just enough MIME to read back what nodemailer wrote: encoded-word subjects, one level of
// multipart, quoted-printable and base64 bodies.
function parseMail(raw: string): { subject: string; parts: Record<string, string> } {
  const { headers, body } = splitEntity(raw)
  const subject = decodeEncodedWords(headers.subject ?? '')
  const contentType = headers['content-type'] ?? 'text/plain'
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1]
  const entities = boundary
    ? body
        .split(`--${boundary}`)
        .slice(1, -1)
        .map((part) => splitEntity(part.replace(/^\r\n/, '')))
    : [{ headers, body }]
  const parts: Record<string, string> = {}
  for (const entity of entities) {
    const type = (entity.headers['content-type'] ?? 'text/plain').split(';')[0]?.trim() ?? ''
    parts[type] = decodeBody(entity.body, entity.headers['content-transfer-encoding'])
  }
  return { subject, parts }
}

function splitEntity(raw: string): { headers: Record<string, string>; body: string } {
  const end = raw.indexOf('\r\n\r\n')
  const head = raw.slice(0, end).replace(/\r\n[ \t]+/g, ' ')
  const headers: Record<string, string> = {}
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':')
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
  }
  return { headers, body: raw.slice(end + 4).replace(/\r\n$/, '') }
}

function decodeBody(body: string, encoding = '7bit'): string {
  const kind = encoding.toLowerCase()
  if (kind === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
  if (kind === 'quoted-printable') return decodeQuotedPrintable(body.replace(/=\r\n/g, ''))
  return body
}

function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = []
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '=' && /^[0-9A-F]{2}$/i.test(text.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(text.slice(i + 1, i + 3), 16))
      i += 2
    } else {
      bytes.push(...Buffer.from(text[i] ?? '', 'utf8'))
    }
  }
  return Buffer.from(bytes).toString('utf8')
}

function decodeEncodedWords(value: string): string {
  const words = [...value.matchAll(/=\?utf-8\?([bq])\?([^?]*)\?=/gi)]
  if (words.length === 0) return value
  const bytes = words.map(([, kind, text = '']) =>
    kind?.toLowerCase() === 'b'
      ? Buffer.from(text, 'base64')
      : Buffer.from(decodeQuotedPrintable(text.replaceAll('_', ' ')), 'utf8'),
  )
  return Buffer.concat(bytes).toString('utf8')
}
