import { normaliseText } from './normalise-text.ts'

/**
 * A phrase in the lists' small syntax, written as people spell it:
 * `( | )` and `?` group, choose and make optional, as in a RegExp;
 * `~` a place where a ZWNJ, a space or nothing may stand («می~خوام»: میخوام, می خوام);
 * `_` as a word of its own: up to four words of anything;
 * `%` the word may go on («قرص%»: قرص, قرصامو, قرص‌هامو); `#` a number, `&` one of 10 or more.
 * Everything else is literal and is normalised like the text, so the lists may use ZWNJ, آ or
 * double letters ("kill") and still match what normaliseText makes of them.
 */
export interface Phrase {
  match: string
  /** Words that, right before the phrase, make it something else ("accidentally" cut myself). */
  notBefore?: string
  /** Words that, right after it, make it an idiom («خودمو می‌کشم کنار», "goodbye everyone, see you"). */
  notAfter?: string
}

const GAP = '(?:\\S+ ){0,4}'
const META = '()|?~_%#&'

/**
 * Where `~` joins two of the same letter («راحت~ترن»), the joined spelling has lost one of them
 * to the collapse of repeated letters (راحتترن → راحترن), so that letter goes with the space.
 */
function joiner(out: string, next: string | undefined): { source: string; skip: boolean } {
  const letter = next === undefined || META.includes(next) ? '' : normaliseText(next, false)
  if (letter !== '' && out.endsWith(letter)) return { source: `(?: ${letter})?`, skip: true }
  return { source: ' ?', skip: false }
}

/** The RegExp source of a phrase body, over normalised text. */
export function patternSource(phrase: string): string {
  let out = ''
  let literal = ''
  const flush = () => {
    out += normaliseText(literal, false)
    literal = ''
  }
  for (let i = 0; i < phrase.length; i++) {
    const ch = phrase[i] as string
    if (!META.includes(ch)) {
      literal += ch
      continue
    }
    flush()
    if (ch === '(') out += '(?:'
    else if (ch === '~') {
      const join = joiner(out, phrase[i + 1])
      out += join.source
      if (join.skip) i++
    } else if (ch === '%') out += '\\S*'
    else if (ch === '#') out += '\\d+'
    else if (ch === '&') out += '[1-9]\\d+'
    else if (ch === '_') {
      out += GAP
      if (phrase[i + 1] === ' ') i++
    } else out += ch
  }
  flush()
  return out
}

/**
 * A whole phrase, read from just after the space that starts its first word (the text being
 * padded, every word has one) to the end of its last word.
 */
export function phraseSource(entry: string | Phrase): string {
  const phrase = typeof entry === 'string' ? { match: entry } : entry
  const before = phrase.notBefore ? `(?<! (?:${patternSource(phrase.notBefore)}) )` : ''
  const after = phrase.notAfter ? `(?! (?:${patternSource(phrase.notAfter)}) )` : ''
  return `${before}(?:${patternSource(phrase.match)})(?= )${after}`
}
