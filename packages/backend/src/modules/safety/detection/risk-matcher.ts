import { type Phrase, patternSource, phraseSource } from './phrase-pattern.ts'
import { englishPhrases } from './phrases-en.ts'
import { persianPhrases } from './phrases-fa.ts'
import { finglishPhrases } from './phrases-finglish.ts'
import { DETECTOR_CATEGORIES, type DetectorCategory, type PhraseList } from './risk-categories.ts'

export interface PhraseHit {
  category: DetectorCategory
  /** Index of the space before the phrase in the normalised text. */
  start: number
}

/** Each script's lists, with the letters its phrases start with. */
const SCRIPTS: { letters: string; lists: PhraseList[] }[] = [
  { letters: '0-9\\u0620-\\u06ff', lists: [persianPhrases] },
  { letters: '0-9a-z', lists: [finglishPhrases, englishPhrases] },
]

const matchOf = (entry: string | Phrase) => (typeof entry === 'string' ? entry : entry.match)

/**
 * Where some phrase may start, in one pass: the phrase bodies without their "not before/after"
 * words, split by script, so that at a Persian word the engine never tries an English phrase.
 * This halved the scan against one flat alternation; grouping further by first letter made the
 * expression so large that V8 ran it several times slower.
 */
function scannerSource(): string {
  const branches = SCRIPTS.map(({ letters, lists }) => {
    const bodies = lists.flatMap((list) => DETECTOR_CATEGORIES.flatMap((c) => list[c]))
    return `(?=[${letters}])(?:${bodies.map((entry) => patternSource(matchOf(entry))).join('|')})`
  })
  return ` (?:${branches.join('|')})`
}

function categorySource(category: DetectorCategory): string {
  const entries = SCRIPTS.flatMap(({ lists }) => lists.flatMap((list) => list[category]))
  return ` (?:${entries.map(phraseSource).join('|')})`
}

// Compiled once at load. The scanner finds candidate places; per-category sticky expressions
// then decide exactly, so two phrases starting at the same word are both seen.
const SCANNER = new RegExp(scannerSource(), 'g')
const BY_CATEGORY = DETECTOR_CATEGORIES.map(
  (category) => [category, new RegExp(categorySource(category), 'y')] as const,
)

/** Every category matching at every place in `normalised` (padded output of normaliseText). */
export function findPhrases(normalised: string): PhraseHit[] {
  const hits: PhraseHit[] = []
  SCANNER.lastIndex = 0
  for (let found = SCANNER.exec(normalised); found; found = SCANNER.exec(normalised)) {
    const start = found.index
    for (const [category, pattern] of BY_CATEGORY) {
      pattern.lastIndex = start
      if (pattern.test(normalised)) hits.push({ category, start })
    }
    SCANNER.lastIndex = start + 1
  }
  return hits
}
