import { skeletonLiteral } from './finglish-skeleton.ts'
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

/**
 * How a list spells its literals. Finglish lists are written once, in one plain spelling
 * ("khodamo bokosham"), matched as a consonant skeleton against the text's skeleton
 * (finglish-skeleton.ts), in which every usual spelling of a word is the same.
 */
export type Spelling = 'plain' | 'finglish'

const GAP = '(?:\\S+ ){0,4}'
const META = '()|?~_%#&'
const VOWELS = 'aeiouy'

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
export function patternSource(phrase: string, spelling: Spelling = 'plain'): string {
  let out = ''
  let literal = ''
  // Whether the next literal begins a word, and the same at each open group's start, so that
  // every choice in a group starts where the group does.
  let wordStart = true
  const groupStarts: boolean[] = []
  const flush = () => {
    if (literal === '') return
    const normalised = normaliseText(literal, false)
    out += spelling === 'finglish' ? skeletonLiteral(normalised, wordStart) : normalised
    wordStart = literal.endsWith(' ')
    literal = ''
  }
  for (let i = 0; i < phrase.length; i++) {
    const ch = phrase[i] as string
    if (!META.includes(ch)) {
      literal += ch
      continue
    }
    flush()
    if (ch === '(') {
      out += '(?:'
      groupStarts.push(wordStart)
    } else if (ch === '|') {
      out += ch
      wordStart = groupStarts.at(-1) ?? wordStart
    } else if (ch === ')') {
      // After a group, a word starts if the group's last choice ended one ("(hich )?omidi").
      wordStart = out.endsWith(' ')
      out += ch
      groupStarts.pop()
    } else if (ch === '~' && spelling === 'finglish') {
      // Joined, the next word's first vowel is a vowel inside a word and goes; apart, it is
      // the "a" a word starting with a vowel keeps.
      out += VOWELS.includes(phrase[i + 1] ?? '') ? '(?: a)?' : ' ?'
      wordStart = false
    } else if (ch === '~') {
      const join = joiner(out, phrase[i + 1])
      out += join.source
      if (join.skip) i++
      wordStart = true
    } else if (ch === '%') {
      out += '\\S*'
      wordStart = false
    } else if (ch === '#') out += '\\d+'
    else if (ch === '&') out += '[1-9]\\d+'
    else if (ch === '_') {
      out += GAP
      wordStart = true
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
export function phraseSource(entry: string | Phrase, spelling: Spelling = 'plain'): string {
  const phrase = typeof entry === 'string' ? { match: entry } : entry
  const source = (part: string) => patternSource(part, spelling)
  const before = phrase.notBefore ? `(?<! (?:${source(phrase.notBefore)}) )` : ''
  const after = phrase.notAfter ? `(?! (?:${source(phrase.notAfter)}) )` : ''
  return `${before}(?:${source(phrase.match)})(?= )${after}`
}
