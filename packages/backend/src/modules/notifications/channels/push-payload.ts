import type { OutboundNotice } from './notification-channel.ts'

/**
 * The JSON the web app's service worker reads from a push message (its `push` handler shows
 * `title`/`body` and opens `link` on click). Lock-screen safe: only the discreet text.
 */
export function pushPayloadOf(notice: OutboundNotice): string {
  return JSON.stringify({
    id: notice.deliveryId,
    title: notice.locale === 'fa' ? 'یکتایار' : 'YektaYar',
    body: notice.discreetText,
    link: notice.link,
    lang: notice.locale,
  })
}
