import { escapeRegExp } from './escape-reg-exp.ts'

/**
 * Keyword matching for the offline companion, on text written the many ways Persian is typed:
 * Arabic ي/ك for ی/ک, with or without the zero-width non-joiner («می‌خوابم», «میخوابم»), with
 * diacritics or tatweel, آ typed as ا. Keywords go through the same normalisation, so they are
 * written here as a person would write them.
 */
export function normaliseForMatching(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[\u064a\u0649]/g, 'ی')
      .replace(/\u0643/g, 'ک')
      .replace(/[\u0622\u0623\u0625]/g, 'ا')
      .replace(/[\u0629\u06c0]/g, 'ه')
      // ZWNJ and the other invisible joiners and marks, harakat, the hamza above, tatweel.
      .replace(/[\u200b-\u200f\u064b-\u065f\u0670\u0640]/g, '')
      .replace(/\s+/g, ' ')
  )
}

const LETTER_OR_DIGIT = '[\\p{L}\\p{N}]'

/**
 * A test for any of `keywords` as whole words. A keyword ending in `*` also matches longer words
 * that start with it («نگران*» matches «نگرانم», «نگرانی»), since Persian and English both add
 * endings; the others stand alone, so «سلام» does not match «سلامت» (health).
 */
export function keywordMatcher(keywords: readonly string[]): (normalised: string) => boolean {
  const alternatives = keywords.map((keyword) => {
    const isStem = keyword.endsWith('*')
    const word = escapeRegExp(normaliseForMatching(isStem ? keyword.slice(0, -1) : keyword))
    return isStem ? word : `${word}(?!${LETTER_OR_DIGIT})`
  })
  const pattern = new RegExp(`(?<!${LETTER_OR_DIGIT})(?:${alternatives.join('|')})`, 'u')
  return (normalised) => pattern.test(normalised)
}
