import { create as contentDisposition } from 'content-disposition'
import type { FastifyReply } from 'fastify'
import type { OpenedFile } from './file-access.service.ts'

/** Shown in the page when linked: pictures, video and sound. Everything else is downloaded. */
const INLINE = /^(image\/(webp|jpeg|png|gif|avif)|video\/(mp4|webm)|audio\/(mpeg|ogg|x-m4a))$/

export type FileCaching = 'private' | 'immutable'

const CACHE_CONTROL: Record<FileCaching, string> = {
  // Access can end (a member removed from a thread), so a private copy is checked every time.
  private: 'private, no-cache',
  immutable: 'public, max-age=31536000, immutable',
}

/**
 * A stored file as an HTTP answer. Whatever the bytes are, the browser may not sniff them into
 * something else, runs nothing in them (a sandboxing CSP with no sources), and downloads rather
 * than renders anything that is not a picture, a video or a sound. Ranges answer 206.
 */
export function sendFile(reply: FastifyReply, file: OpenedFile, caching: FileCaching) {
  const inline = INLINE.test(file.mime)
  reply
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header(
      'content-disposition',
      contentDisposition(file.displayName, { type: inline ? 'inline' : 'attachment' }),
    )
    .header('cache-control', CACHE_CONTROL[caching])
    .header('accept-ranges', 'bytes')
    .type(file.mime)
  if (file.range.kind === 'part') {
    const { start, end } = file.range
    reply
      .code(206)
      .header('content-range', `bytes ${start}-${end}/${file.size}`)
      .header('content-length', end - start + 1)
  } else {
    reply.header('content-length', file.size)
  }
  return reply.send(file.body)
}
