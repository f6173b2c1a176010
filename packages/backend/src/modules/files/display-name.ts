import { FILE_NAME_MAX_LENGTH } from '@yektayar/shared'

// Path separators, NUL and other controls, and the bidi controls that make `gpj.exe` read as
// `exe.jpg`: a name is only ever shown, so none of them has a use.
const UNWANTED = /[/\\\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu

/**
 * What we show as a file's name: the client's name, Unicode-normalised (NFC, so Persian typed
 * on different keyboards compares equal), without path or control characters, at most
 * FILE_NAME_MAX_LENGTH characters, keeping the extension when cut. Never used for storage.
 */
export function displayNameOf(clientName: string | undefined, fallback: string): string {
  const cleaned = (clientName ?? '').normalize('NFC').replace(UNWANTED, '').trim()
  const name = cleaned.replace(/^\.+/, '').trim()
  if (!name) return fallback
  const chars = [...name]
  if (chars.length <= FILE_NAME_MAX_LENGTH) return name
  const dot = name.lastIndexOf('.')
  const extension = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : ''
  return chars.slice(0, FILE_NAME_MAX_LENGTH - [...extension].length).join('') + extension
}
