import { createHash } from 'node:crypto'
import type { ReceiptAppointment } from '@yektayar/shared'

/**
 * The sandbox gateway's pay page, in the product's look: Persian, right to left, Persian digits
 * only, the psychologist and the session rather than an id. No script; its one stylesheet is
 * allowed by hash, so the page keeps a CSP that runs nothing.
 */
const STYLE = `
:root{color-scheme:light dark;--canvas:#f6f8f7;--surface:#fff;--ink:#17211f;--muted:#4b5c58;--line:#d3dedb;--primary:#0e6b62;--on-primary:#fff;--soft:#dcefeb;--accent-soft:#ebe8fb;--accent:#5146b8;--danger:#b42318}
@media (prefers-color-scheme:dark){:root{--canvas:#0e1614;--surface:#15201d;--ink:#e4eeeb;--muted:#a3b6b1;--line:#2b3c38;--primary:#5ec4b6;--on-primary:#05231f;--soft:#173a35;--accent-soft:#2a2550;--accent:#b3a8f5;--danger:#f4a097}}
*{box-sizing:border-box}
body{margin:0;min-height:100dvh;background:var(--canvas);color:var(--ink);font-family:Vazirmatn,"Vazirmatn Variable",Tahoma,system-ui,sans-serif;line-height:1.7;display:flex;align-items:center;justify-content:center;padding:1rem}
main{width:100%;max-width:28rem;background:var(--surface);border:1px solid var(--line);border-radius:1rem;padding:1.5rem;box-shadow:0 1px 3px rgb(0 0 0/.06)}
.brand{display:flex;align-items:center;gap:.5rem;color:var(--primary);font-weight:800;font-size:1.1rem;margin:0}
h1{font-size:1.35rem;margin:.75rem 0 .25rem}
.note{background:var(--accent-soft);color:var(--accent);border-radius:.75rem;padding:.5rem .75rem;font-size:.9rem;margin:.75rem 0 1rem}
dl{display:grid;grid-template-columns:auto 1fr;gap:.4rem 1rem;margin:0 0 1.25rem}
dt{color:var(--muted)}
dd{margin:0;font-weight:600}
.amount{font-size:1.5rem;font-weight:800}
.actions{display:flex;flex-direction:column;gap:.75rem}
a{display:block;text-align:center;text-decoration:none;border-radius:.75rem;padding:.8rem 1rem;font-weight:700}
a:focus-visible{outline:3px solid var(--primary);outline-offset:2px}
#pay{background:var(--primary);color:var(--on-primary)}
#fail{border:1px solid var(--line);color:var(--danger)}
`

export const SANDBOX_PAGE_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'; img-src 'none'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

const sessionTime = new Intl.DateTimeFormat('fa-IR-u-ca-persian', {
  timeZone: 'Asia/Tehran',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/**
 * «یکشنبه ۱۵ آذر ۱۴۰۵، ساعت ۱۲:۰۰» from parts: Node's ICU orders fa-IR with a weekday and a
 * year as «۱۴۰۵ آذر ۱۵, یکشنبه», with a Latin comma.
 */
function sessionTimeText(iso: string): string {
  const parts = Object.fromEntries(
    sessionTime.formatToParts(new Date(iso)).map((part) => [part.type, part.value]),
  )
  return `${parts.weekday} ${parts.day} ${parts.month} ${parts.year}، ساعت ${parts.hour}:${parts.minute} (به وقت تهران)`
}

function detailRows(appointment: ReceiptAppointment | null): string {
  if (!appointment) return ''
  const rows: [string, string][] = [['روان‌شناس', appointment.psychologistName.fa]]
  if (appointment.sessionTypeName) rows.push(['جلسه', appointment.sessionTypeName.fa])
  rows.push(['زمان', sessionTimeText(appointment.startsAt)])
  return rows.map(([term, value]) => `<dt>${term}</dt><dd>${escapeHtml(value)}</dd>`).join('')
}

export function sandboxPayPage(input: {
  authority: string
  amountIrr: number
  appointment: ReceiptAppointment | null
}): string {
  const base = `/api/v1/payments/sandbox/${input.authority}`
  const toman = Math.floor(input.amountIrr / 10).toLocaleString('fa-IR')
  return `<!doctype html>
<html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>درگاه پرداخت آزمایشی — یکتایار</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>${STYLE}</style></head>
<body><main>
<p class="brand">یکتایار</p>
<h1>درگاه پرداخت آزمایشی</h1>
<p class="note">این درگاه آزمایشی است: پولی جابه‌جا نمی‌شود و کارت بانکی لازم نیست.</p>
<dl>${detailRows(input.appointment)}<dt>مبلغ</dt><dd class="amount">${toman} تومان</dd></dl>
<div class="actions">
<a id="pay" href="${base}/complete?status=OK">پرداخت موفق</a>
<a id="fail" href="${base}/complete?status=NOK">انصراف یا پرداخت ناموفق</a>
</div>
</main></body></html>`
}
