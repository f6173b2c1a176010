import { createHash } from 'node:crypto'
import type { OutboxMessage } from '../../integrations/outbox/dev-outbox.ts'

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;padding:1rem;max-width:60rem;color:#1c2430;background:#f7f8fa}
h1{font-size:1.3rem;margin:0 0 .25rem}p{margin:.25rem 0 1rem;color:#4a5563}
ol{list-style:none;padding:0;margin:0;display:grid;gap:.75rem}
li{background:#fff;border:1px solid #d8dde4;border-radius:.5rem;padding:.75rem 1rem}
.meta{display:flex;flex-wrap:wrap;gap:.25rem 1rem;color:#4a5563;font-size:.85rem}
.to{font-weight:600;color:#1c2430;direction:ltr;unicode-bidi:isolate}
.code{font:700 1.6rem/1.2 ui-monospace,monospace;letter-spacing:.15em;margin:.35rem 0}
.text{white-space:pre-wrap;margin:0}
@media (prefers-color-scheme:dark){body{background:#12161c;color:#e6e9ee}li{background:#1b2129;border-color:#2e3641}.meta,p{color:#a9b2bf}.to{color:#e6e9ee}}`

const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64')

/** Nothing runs on this page and nothing loads from elsewhere: one hashed style, no script. */
export const OUTBOX_PAGE_CSP = `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c)

function itemHtml(message: OutboxMessage): string {
  const code = /\b\d{6}\b/.exec(message.text)?.[0]
  const time = message.createdAt.slice(11, 19)
  return `<li><div class="meta"><span class="to">${escapeHtml(message.to)}</span><span>${message.channel} · ${escapeHtml(message.purpose)}</span><time datetime="${message.createdAt}">${time} UTC</time></div>${
    code ? `<div class="code">${code}</div>` : ''
  }<p class="text" dir="auto">${escapeHtml(message.subject ? `${message.subject}\n${message.text}` : message.text)}</p></li>`
}

/**
 * The dev outbox for a person: newest first, each code large enough to copy at a glance,
 * reloaded every five seconds by the browser itself (a meta refresh, so no script is needed).
 */
export function outboxPage(messages: OutboxMessage[]): string {
  const items = messages.length
    ? `<ol>${messages.map(itemHtml).join('')}</ol>`
    : '<p>Nothing sent yet. Ask for a sign-in code and it appears here. · هنوز پیامی فرستاده نشده است.</p>'
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta http-equiv="refresh" content="5"><meta name="robots" content="noindex"><title>Dev outbox · YektaYar</title><style>${STYLE}</style></head><body><h1>Dev outbox · صندوق پیام‌های توسعه</h1><p>Sign-in codes and messages the offline senders kept instead of sending, newest first. Development only; answered only on this machine.</p>${items}</body></html>`
}
