import { createHash } from 'node:crypto'
import type { NotificationCategory } from '@yektayar/shared'
import type { Locale } from '../../../lib/app-error.ts'

/**
 * The page an unsubscribe link opens: a confirm button (mail scanners fetch links, so a GET
 * changes nothing) and, after the POST, what was done. No script; the one stylesheet is
 * allowed by its hash.
 */
const STYLE = `
:root{color-scheme:light dark;--canvas:#f6f8f7;--surface:#fff;--ink:#17211f;--muted:#4b5c58;--line:#d3dedb;--primary:#0e6b62;--on-primary:#fff}
@media (prefers-color-scheme:dark){:root{--canvas:#0e1614;--surface:#15201d;--ink:#e4eeeb;--muted:#a3b6b1;--line:#2b3c38;--primary:#5ec4b6;--on-primary:#05231f}}
body{margin:0;min-height:100dvh;background:var(--canvas);color:var(--ink);font-family:Vazirmatn,"Vazirmatn Variable",Tahoma,system-ui,sans-serif;line-height:1.7;display:flex;align-items:center;justify-content:center;padding:1rem}
main{width:100%;max-width:28rem;background:var(--surface);border:1px solid var(--line);border-radius:1rem;padding:1.5rem}
.brand{color:var(--primary);font-weight:800;margin:0}
h1{font-size:1.25rem;margin:.75rem 0}
p{color:var(--muted)}
button{width:100%;border:0;border-radius:.75rem;padding:.8rem 1rem;font:inherit;font-weight:700;background:var(--primary);color:var(--on-primary);cursor:pointer}
button:focus-visible{outline:3px solid var(--primary);outline-offset:2px}
`

export const UNSUBSCRIBE_PAGE_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'; img-src 'none'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

const CATEGORY_NAMES: Partial<Record<NotificationCategory, Record<Locale, string>>> = {
  message_digest: { fa: 'پیام‌های تازه', en: 'new messages' },
  announcement: { fa: 'اطلاعیه‌های یکتایار', en: 'YektaYar announcements' },
  inbox_assignment: { fa: 'گفتگوهایی که به شما سپرده می‌شود', en: 'conversations assigned to you' },
}

const TEXT = {
  fa: {
    brand: 'یکتایار',
    confirmTitle: (name: string) => `ایمیل‌های «${name}» دیگر فرستاده نشود؟`,
    confirmNote:
      'اعلان‌های داخل برنامه و پیامک سر جای خود می‌مانند. هر وقت خواستید از تنظیمات اعلان‌ها دوباره روشنش کنید.',
    button: 'بله، دیگر نفرستید',
    doneTitle: (name: string) => `ایمیل‌های «${name}» خاموش شد.`,
    doneNote: 'از صفحهٔ تنظیمات اعلان‌ها در یکتایار می‌توانید دوباره روشنش کنید.',
  },
  en: {
    brand: 'YektaYar',
    confirmTitle: (name: string) => `Stop emails about ${name}?`,
    confirmNote:
      'In-app notices and SMS stay as they are. You can turn this back on in the notification settings at any time.',
    button: 'Yes, stop these emails',
    doneTitle: (name: string) => `Emails about ${name} are off.`,
    doneNote: 'You can turn them back on in the notification settings in YektaYar.',
  },
}

function page(locale: Locale, title: string, inner: string): string {
  const dir = locale === 'fa' ? 'rtl' : 'ltr'
  return `<!doctype html>
<html lang="${locale}" dir="${dir}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><style>${STYLE}</style></head>
<body><main><p class="brand">${TEXT[locale].brand}</p><h1>${escapeHtml(title)}</h1>${inner}</main></body></html>`
}

const nameOf = (category: NotificationCategory, locale: Locale) =>
  CATEGORY_NAMES[category]?.[locale] ?? category

/** `action` is this route with its token, so the form posts back what the link carried. */
export function unsubscribeConfirmPage(
  locale: Locale,
  category: NotificationCategory,
  action: string,
): string {
  const text = TEXT[locale]
  const form = `<form method="post" action="${escapeHtml(action)}"><button type="submit">${text.button}</button></form>`
  return page(
    locale,
    text.confirmTitle(nameOf(category, locale)),
    `<p>${text.confirmNote}</p>${form}`,
  )
}

export function unsubscribeDonePage(locale: Locale, category: NotificationCategory): string {
  const text = TEXT[locale]
  return page(locale, text.doneTitle(nameOf(category, locale)), `<p>${text.doneNote}</p>`)
}
