import { CodeUnits } from './code-units.ts'

// One pass over the text through a table of every UTF-16 code unit, so the cost is one array
// read per character whatever the script: the detector runs on every message a patient writes.

const SPACE = 0x20
/** Table value for characters that vanish (diacritics, tatweel, joiners, bidi marks). */
const DROP = 0

interface TableEditor {
  set(from: number, to: number, value: number): void
  map(chars: string, target: string): void
}

function editor(t: Uint16Array): TableEditor {
  return {
    set: (from, to, value) => t.fill(value, from, to + 1),
    map: (chars, target) => {
      for (const ch of chars) t[ch.charCodeAt(0)] = target.charCodeAt(0)
    },
  }
}

function markSeparators({ set, map }: TableEditor): void {
  // Everything ASCII that is not a letter or digit separates words; so do Latin-1 punctuation
  // and symbols, general punctuation, arrows, shapes, dingbats, CJK punctuation and surrogates
  // (an emoji reads as a gap between words).
  set(0x00, 0x2f, SPACE)
  set(0x3a, 0x40, SPACE)
  set(0x5b, 0x60, SPACE)
  set(0x7b, 0x7f, SPACE)
  set(0x80, 0xbf, SPACE)
  set(0x2000, 0x200a, SPACE)
  set(0x2010, 0x205f, SPACE)
  set(0x2070, 0x2bff, SPACE)
  set(0x3000, 0x303f, SPACE)
  set(0xd800, 0xdfff, SPACE)
  set(0xfe10, 0xfe6f, SPACE)
  set(0xff00, 0xff0f, SPACE)
  map('\u060c\u061b\u061f\u066a\u066b\u066c\u066d\u06d4\u00ab\u00bb', ' ')
  // Apostrophes join instead: "don't" and "dont", "I'm" and "im" are written alike.
  map("'`\u00b4\u2018\u2019\u02bc", '\0')
}

function markInvisibles({ set, map }: TableEditor): void {
  // Zero-width characters, ZWNJ included: «می‌خواهم» reads as «میخواهم»; the phrase patterns
  // accept a space there too («می خواهم»). Bidi marks, variation selectors and the BOM as well.
  map('\u200b\u200c\u200d\u200e\u200f\u2060\u00ad\ufeff', '\0')
  set(0x202a, 0x202e, DROP)
  set(0x2066, 0x2069, DROP)
  set(0xfe00, 0xfe0f, DROP)
  // Harakat, tanwin, shadda, sukun, superscript alef, Quranic marks, tatweel and lone hamza.
  set(0x064b, 0x065f, DROP)
  set(0x06d6, 0x06ed, DROP)
  map('\u0670\u0640\u0621', '\0')
}

function markLetters(t: Uint16Array, { map }: TableEditor): void {
  for (let c = 0x41; c <= 0x5a; c++) t[c] = c + 0x20
  map('\u064a\u0649\u0626\u06cc\u06d0', 'ی')
  map('\u0643\u06a9', 'ک')
  map('\u0629\u06c0\u06c1\u06d5', 'ه')
  map('\u0624', 'و')
  map('\u0622\u0623\u0625\u0671', 'ا')
  for (let d = 0; d < 10; d++) {
    t[0x06f0 + d] = 0x30 + d
    t[0x0660 + d] = 0x30 + d
  }
}

function buildTable(): Uint16Array {
  const t = new Uint16Array(0x10000)
  for (let c = 0; c < t.length; c++) t[c] = c
  const edit = editor(t)
  markSeparators(edit)
  markInvisibles(edit)
  markLetters(t, edit)
  t[DROP] = DROP
  return t
}

const table = buildTable()

/** Letters that people stretch («خیییلی», "sooo"); digits keep their runs. */
function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x0620 && c <= 0x06ff)
}

const input = new CodeUnits()
let buffer = new Uint16Array(4096)

/**
 * Writes `text` in the detector's alphabet: lower-case Latin, one Persian spelling of each
 * letter, ASCII digits, single spaces between words and runs of a letter kept once. `padded`
 * puts a space at each end, so every word, the first and last included, sits between spaces.
 */
export function normaliseText(text: string, padded = true): string {
  if (buffer.length < text.length + 2) buffer = new Uint16Array(text.length * 2 + 2)
  let n = 0
  let last = padded ? SPACE : -1
  if (padded) buffer[n++] = SPACE
  const units = input.read(text)
  for (let i = 0; i < units.length; i++) {
    const c = table[units[i] as number] as number
    if (c === DROP || (c === last && (c === SPACE || isLetter(c)))) continue
    buffer[n++] = c
    last = c
  }
  if (padded && last !== SPACE) buffer[n++] = SPACE
  // Buffer's UTF-16 decoding copies the units as they are, several times faster than TextDecoder.
  return Buffer.from(buffer.buffer, 0, n * 2).toString('utf16le')
}
