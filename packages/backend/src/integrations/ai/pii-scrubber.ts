import { escapeRegExp } from './escape-reg-exp.ts'

// What the person writes to the companion may go to a provider abroad (DESIGN.md 11): names,
// phone numbers, e-mail addresses and national ids are replaced first with neutral tokens the
// model can still read around. When in doubt a pattern scrubs: a lost digit costs the model
// little, a leaked number cannot be taken back.

const DIGIT = '[0-9\\u06f0-\\u06f9\\u0660-\\u0669]'
const ANY_DIGIT = new RegExp(DIGIT, 'u')
const ZERO = '[0\\u06f0\\u0660]'
const EIGHT = '[8\\u06f8\\u0668]'
const NINE = '[9\\u06f9\\u0669]'
// Between the digits of a phone number: spaces, dashes of every width, dots, parentheses and the
// invisible direction marks that come along when a number is copied out of right-to-left text.
const GAP = '[ \\t\\u00a0\\-\\u2010-\\u2015\\u2212.()\\u200c-\\u200f]{0,3}'
// A number is only a whole number: no digit (in any script) or plus sign right before it, no
// digit right after it.
const NO_DIGIT_BEFORE = '(?<![\\p{N}+])'
const NO_DIGIT_AFTER = '(?!\\p{N})'

// An opening parenthesis goes with the number when it closes inside it: "(0912) 123 4567".
const OPEN_PARENTHESIS = '(?:\\((?=[^)]{1,6}\\)))?'
// +98, 0098 or 98, also with the trunk 0 kept as in "+98 (0)912".
const COUNTRY_CODE = `(?:(?:\\+|00)${GAP})?${NINE}${EIGHT}${GAP}(?:${ZERO}${GAP})?`
const TRUNK_ZERO = `${ZERO}${GAP}`

/**
 * Iranian mobiles: 9 and nine more digits after a country code or the trunk 0, or, written in
 * one piece, with neither.
 */
const MOBILE = new RegExp(
  `${NO_DIGIT_BEFORE}${OPEN_PARENTHESIS}(?:${COUNTRY_CODE}|${TRUNK_ZERO})${NINE}(?:${GAP}${DIGIT}){9}${NO_DIGIT_AFTER}` +
    `|${NO_DIGIT_BEFORE}${NINE}${DIGIT}{9}${NO_DIGIT_AFTER}`,
  'gu',
)

const DASH = '[\\-\\u2010-\\u2015\\u2212]'

/** Ten digits, as written or as 3-6-1 with dashes (the card's own grouping). */
const NATIONAL_ID = new RegExp(
  `${NO_DIGIT_BEFORE}${DIGIT}{3}${DASH}?${DIGIT}{6}${DASH}?${DIGIT}${NO_DIGIT_AFTER}`,
  'gu',
)

// Lengths bounded so that a long run of letters costs a bounded scan at each position.
const EMAIL =
  /[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9])/g

const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}_])'
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}_])'

// A name shorter than this would eat letters out of ordinary words.
const MIN_NAME_LENGTH = 2

/**
 * `text` without the person's own names (`knownNames`, each scrubbed whole and word by word),
 * Iranian mobile numbers, e-mail addresses and national ids. Everything else is left as it was.
 */
export function scrubPersonalData(text: string, knownNames: string[]): string {
  return personalDataScrubber(knownNames)(text)
}

/**
 * scrubPersonalData for many texts of one person (a prompt's turns): the pattern of their names
 * is compiled once, not once per text.
 */
export function personalDataScrubber(knownNames: string[]): (text: string) => string {
  const names = namePattern(knownNames)
  return (text) => {
    // E-mails first, since an address may hold a name or a number; names last, for the same
    // reason. A text without an `@` or a digit has no address or number to look for.
    let scrubbed = text
    if (text.includes('@')) scrubbed = scrubbed.replace(EMAIL, '[email]')
    if (ANY_DIGIT.test(text)) {
      scrubbed = scrubbed.replace(MOBILE, '[phone]').replace(NATIONAL_ID, '[national-id]')
    }
    return names ? scrubbed.replace(names, '[name]') : scrubbed
  }
}

/**
 * One pattern for all the names, longest first so "Sara Ahmadi" goes as one. Case-insensitive
 * for Latin; in Persian, ی/ک match their Arabic look-alikes and the parts of a name may be
 * joined by spaces, a ZWNJ or nothing («محمدرضا», «محمد رضا»).
 */
function namePattern(knownNames: string[]): RegExp | null {
  const spellings = new Set<string>()
  for (const name of knownNames) {
    const parts = name.trim().split(/[\s\u200c]+/)
    spellings.add(parts.join(' '))
    for (const part of parts) spellings.add(part)
  }
  const alternatives = [...spellings]
    .filter((spelling) => spelling.length >= MIN_NAME_LENGTH)
    .sort((a, b) => b.length - a.length)
    .map(spellingPattern)
  if (alternatives.length === 0) return null
  return new RegExp(`${NOT_WORD_BEFORE}(?:${alternatives.join('|')})${NOT_WORD_AFTER}`, 'giu')
}

function spellingPattern(spelling: string): string {
  return [...spelling]
    .map((char) => {
      if (char === ' ') return '[\\s\\u200c]*'
      if ('یيى'.includes(char)) return '[یيى]'
      if ('کك'.includes(char)) return '[کك]'
      return escapeRegExp(char)
    })
    .join('')
}
