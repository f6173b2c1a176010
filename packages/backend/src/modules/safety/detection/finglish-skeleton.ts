import { CodeUnits } from './code-units.ts'

// Finglish is spelled freely: "bokosham", "bekosham", "bkoshm", "bokoshm"; "khodamo", "xodmo";
// "zende", "zendeh"; "dige", "dg", "dgeh". Rather than list every spelling, the text's Latin
// words and the Finglish phrases are both written as a consonant skeleton, in which all those
// spellings are one: vowels go (a word that starts with one keeps a single "a"; y is a vowel
// except first), kh and x are X, gh, g and q are q, sh S, ch C, zh Z, w v, a final h after a
// vowel goes with it, and a letter the skeleton repeats is kept once ("tamoom", "tamam": "tm").
// "mikham khodamo bekosham" and "mkhm xodmo bkshm" both read "mXm Xdm bkSm". A word with a
// letter of another script in it is one "*" from that letter on.

const SPACE = 0x20
/** A word in another script, one "*" however long, so gaps still count it as a word. */
const OTHER = 0x2a
const A = 0x61
const H = 0x68
const Y = 0x79

// What each code unit is, and what it becomes, in one table read each: the loop below runs
// over every message.
const KIND_OTHER = 0
const KIND_SPACE = 1
const KIND_VOWEL = 2
const KIND_LETTER = 3
const KIND_DIGIT = 4
const KIND = new Uint8Array(0x10000)
/** A letter alone: x → X, g → q, w → v, the rest as they are. */
const SINGLE = new Uint16Array(0x80)
/** A letter followed by h: kh → X, gh → q, sh → S, ch → C, zh → Z; 0 for none. */
const WITH_H = new Uint16Array(0x80)

KIND[SPACE] = KIND_SPACE
for (let c = 0x30; c <= 0x39; c++) {
  KIND[c] = KIND_DIGIT
  SINGLE[c] = c
}
for (let c = 0x61; c <= 0x7a; c++) {
  KIND[c] = 'aeiouy'.includes(String.fromCharCode(c)) ? KIND_VOWEL : KIND_LETTER
  SINGLE[c] = c
}
for (const [from, to] of ['xX', 'gq', 'wv'])
  SINGLE[(from as string).charCodeAt(0)] = (to as string).charCodeAt(0)
for (const [from, to] of ['kX', 'gq', 'sS', 'cC', 'zZ'])
  WITH_H[(from as string).charCodeAt(0)] = (to as string).charCodeAt(0)

// The skeleton is ASCII, so it is written a byte a character and read as a one-byte string.
const input = new CodeUnits()
let buffer = new Uint8Array(4096)
const ascii = (n: number) => Buffer.from(buffer.buffer, 0, n).toString('latin1')

/**
 * Writes the skeleton of `text` (normalised: lower case, single spaces) into the buffer and
 * returns its length, or -1 when `requireLatin` and the text has no Latin letter. `wordStart`
 * says whether the text begins a word (a literal in a phrase may begin mid-word).
 */
function write(text: string, wordStart: boolean, requireLatin: boolean): number {
  if (buffer.length < text.length + 1) buffer = new Uint8Array(text.length * 2 + 1)
  const out = buffer
  const units = input.read(text)
  const length = units.length
  let n = 0
  let latin = false
  let last = -1
  let start = wordStart
  let i = 0
  while (i < length) {
    const c = units[i] as number
    const kind = KIND[c] as number
    if (kind === KIND_SPACE) {
      out[n++] = SPACE
      last = SPACE
      start = true
      i++
    } else if (kind === KIND_OTHER) {
      // The rest of a word in another script is one "*".
      if (last !== OTHER) out[n++] = OTHER
      last = OTHER
      start = false
      i++
      while (i < length && (units[i] as number) !== SPACE) i++
    } else if (kind === KIND_VOWEL && !(c === Y && start)) {
      latin = true
      i++
      while (i < length && KIND[units[i] as number] === KIND_VOWEL) i++
      // A final h after a vowel is the vowel's ("zendeh").
      if (
        i < length &&
        (units[i] as number) === H &&
        i + 1 < length &&
        (KIND[units[i + 1] as number] as number) < KIND_VOWEL
      )
        i++
      if (start && last !== A) {
        out[n++] = A
        last = A
      }
      start = false
    } else {
      if (kind === KIND_LETTER) latin = true
      const pair = i + 1 < length && units[i + 1] === H ? (WITH_H[c] as number) : 0
      const mapped = pair !== 0 ? pair : (SINGLE[c] as number)
      i += pair !== 0 ? 2 : 1
      if (mapped !== last) {
        out[n++] = mapped
        last = mapped
      }
      start = false
    }
  }
  return requireLatin && !latin ? -1 : n
}

/** The skeleton of a normalised text, or null when it has no Latin letter to read. */
export function finglishSkeleton(normalised: string): string | null {
  const n = write(normalised, true, true)
  return n < 0 ? null : ascii(n)
}

/** The skeleton of a literal in a Finglish phrase; `wordStart`: it begins a word. */
export function skeletonLiteral(literal: string, wordStart: boolean): string {
  return ascii(write(literal, wordStart, false))
}
