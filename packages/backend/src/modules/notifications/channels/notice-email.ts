import type { Locale } from '../../../lib/app-error.ts'
import type { OutboundNotice } from './notification-channel.ts'

export interface NoticeEmail {
  subject: string
  text: string
  html: string
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

const WORDS: Record<Locale, { open: string; unsubscribe: string; why: string }> = {
  fa: {
    open: 'دیدن در یکتایار',
    unsubscribe: 'دیگر ایمیل‌هایی از این دست نفرستید',
    why: 'این ایمیل را یکتایار فرستاده است، چون اعلان‌های ایمیلی این دسته برای حساب شما روشن است.',
  },
  en: {
    open: 'Open in YektaYar',
    unsubscribe: 'Stop emails like this one',
    why: 'YektaYar sent this email because email notices of this kind are on for your account.',
  },
}

/** An app path (`/appointments/…`) on this site; anything else is dropped rather than linked. */
export function appLinkOf(publicUrl: string, link: string | null): string | null {
  if (!link?.startsWith('/') || link.startsWith('//')) return null
  return `${publicUrl}${link}`
}

/**
 * The notice as an email: the subject is the lock-screen-safe text (inbox previews are seen by
 * others too), the body the full text, right to left for Persian. Every value is escaped.
 */
export function noticeEmailOf(
  notice: OutboundNotice,
  links: { open: string | null; unsubscribe: string | null },
): NoticeEmail {
  const words = WORDS[notice.locale]
  const text = [
    notice.title,
    '',
    notice.body,
    ...(links.open ? ['', `${words.open}: ${links.open}`] : []),
    '',
    '--',
    words.why,
    ...(links.unsubscribe ? [`${words.unsubscribe}: ${links.unsubscribe}`] : []),
  ].join('\n')
  return { subject: notice.discreetText, text, html: htmlOf(notice, links) }
}

function htmlOf(
  notice: OutboundNotice,
  links: { open: string | null; unsubscribe: string | null },
): string {
  const words = WORDS[notice.locale]
  const dir = notice.locale === 'fa' ? 'rtl' : 'ltr'
  const paragraphs = notice.body
    .split('\n')
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('')
  const open = links.open
    ? `<p><a href="${escapeHtml(links.open)}">${escapeHtml(words.open)}</a></p>`
    : ''
  const unsubscribe = links.unsubscribe
    ? `<br><a href="${escapeHtml(links.unsubscribe)}">${escapeHtml(words.unsubscribe)}</a>`
    : ''
  return `<!doctype html><html lang="${notice.locale}" dir="${dir}"><head><meta charset="utf-8"><title>${escapeHtml(notice.title)}</title></head><body style="font-family:Vazirmatn,Tahoma,sans-serif;line-height:1.8"><h1 style="font-size:1.2em">${escapeHtml(notice.title)}</h1>${paragraphs}${open}<hr><p style="font-size:.85em;color:#4b5c58">${escapeHtml(words.why)}${unsubscribe}</p></body></html>`
}
