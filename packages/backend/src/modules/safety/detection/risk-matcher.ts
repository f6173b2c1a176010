import { CodeUnits } from './code-units.ts'
import { firstWords } from './first-words.ts'
import { type Phrase, patternSource, phraseSource, type Spelling } from './phrase-pattern.ts'
import { englishPhrases } from './phrases-en.ts'
import { persianPhrases } from './phrases-fa.ts'
import { finglishPhrases } from './phrases-finglish.ts'
import { MATCHER_CATEGORIES, type MatcherCategory, type PhraseList } from './risk-categories.ts'
import { WordGate } from './word-gate.ts'

export interface PhraseHit {
  category: MatcherCategory
  /** Index of the space before the phrase in the text searched. */
  start: number
}

interface Script {
  /** The letters its phrases start with. */
  letters: string
  phrases: PhraseList
}

const matchOf = (entry: string | Phrase) => (typeof entry === 'string' ? entry : entry.match)

/** Where the first word of a phrase body ends (its first space outside a group), or -1. */
function firstWordEnd(body: string): number {
  let depth = 0
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]
    if (ch === '\\') i++
    else if (ch === '(') depth++
    else if (ch === ')') depth--
    else if (ch === ' ' && depth === 0) {
      // A space made optional (` ?`) or a group's own is not the end of a word.
      return '?*{'.includes(body[i + 1] ?? '') ? -1 : i + 1
    }
  }
  return -1
}

/**
 * The bodies as one alternation with the first word said once: «خودمو» then every way its
 * phrases go on, and so on word by word (a trie of words). V8 tries the choices of an alternation one by one and does not merge their
 * common starts, so 190 phrases cost 190 tries at every word; said once, a first word that
 * does not match skips all its phrases. (Grouping by first letter behind a lookahead instead
 * ran slower.)
 */
function alternation(bodies: Iterable<string>): string {
  const byFirstWord = new Map<string, Set<string>>()
  const whole: string[] = []
  for (const body of bodies) {
    const end = firstWordEnd(body)
    if (end < 0) {
      whole.push(body)
      continue
    }
    const first = body.slice(0, end)
    const rests = byFirstWord.get(first) ?? new Set<string>()
    rests.add(body.slice(end))
    byFirstWord.set(first, rests)
  }
  const factored = [...byFirstWord].map(([first, rests]) =>
    rests.size === 1 ? `${first}${[...rests][0]}` : `${first}(?:${alternation(rests)})`,
  )
  return [...factored, ...whole].join('|')
}

function scannerBodies({ phrases }: Script, spelling: Spelling): Set<string> {
  return new Set(
    MATCHER_CATEGORIES.flatMap((c) => phrases[c].map((e) => patternSource(matchOf(e), spelling))),
  )
}

/**
 * Whether some phrase starts at a word: the phrase bodies without their "not before/after"
 * words, each once, split by script, so that at a Persian word the engine never tries an
 * English phrase. The source must stay under 20 KB, past which V8 stops optimising an
 * expression and runs it many times slower (a test asserts it).
 */
function scannerSource(scripts: Script[], spelling: Spelling): string {
  const branches = scripts.map(
    (script) => `(?=[${script.letters}])(?:${alternation(scannerBodies(script, spelling))})`,
  )
  return ` (?:${branches.join('|')})`
}

function categorySource(scripts: Script[], category: MatcherCategory, spelling: Spelling): string {
  const entries = scripts.flatMap(({ phrases }) =>
    phrases[category].map((entry) => phraseSource(entry, spelling)),
  )
  // An empty alternation would match everywhere; a category with no phrases matches nowhere.
  return entries.length === 0 ? '(?!)' : ` (?:${entries.join('|')})`
}

class Matcher {
  readonly scanner: RegExp
  readonly byCategory: (readonly [MatcherCategory, RegExp])[]
  private readonly gate: WordGate | null
  private readonly units = new CodeUnits()

  /**
   * `gated`: the scanner runs only at the words the gate lets through, instead of at every
   * word in one global scan. Each run of the scanner costs about as much as gating a few dozen
   * characters, so the gate pays where most words start no phrase.
   */
  constructor(scripts: Script[], spelling: Spelling, gated: boolean) {
    const bodies = scripts.flatMap((script) => [...scannerBodies(script, spelling)])
    this.gate = gated ? new WordGate(firstWords(bodies)) : null
    this.scanner = new RegExp(scannerSource(scripts, spelling), gated ? 'y' : 'g')
    this.byCategory = MATCHER_CATEGORIES.map(
      (category) =>
        [category, new RegExp(categorySource(scripts, category, spelling), 'y')] as const,
    )
  }

  /** Every category matching at every place in `text`. */
  find(text: string): PhraseHit[] {
    const hits: PhraseHit[] = []
    for (const start of this.starts(text)) {
      for (const [category, pattern] of this.byCategory) {
        pattern.lastIndex = start
        if (pattern.test(text)) hits.push({ category, start })
      }
    }
    return hits
  }

  /** Where some phrase starts: the index of the space before it. */
  private *starts(text: string): Generator<number> {
    const scanner = this.scanner
    if (this.gate === null) {
      scanner.lastIndex = 0
      for (let found = scanner.exec(text); found; found = scanner.exec(text)) {
        yield found.index
        scanner.lastIndex = found.index + 1
      }
      return
    }
    for (const start of this.gate.open(this.units.read(text))) {
      scanner.lastIndex = start
      if (scanner.test(text)) yield start
    }
  }
}

// Compiled once at load. The scanner finds candidate places; per-category sticky expressions
// then decide exactly, so two phrases starting at the same word are both seen. Persian and
// English are read in the normalised text; Finglish in its skeleton (finglish-skeleton.ts).
const WRITTEN = new Matcher(
  [
    { letters: '0-9\\u0620-\\u06ff', phrases: persianPhrases },
    { letters: '0-9a-z', phrases: englishPhrases },
  ],
  'plain',
  true,
)
// The skeleton is short and one-byte (a Persian word is one "*"): one scan of it costs less
// than gating its words.
const FINGLISH = new Matcher(
  [{ letters: '0-9a-zA-Z', phrases: finglishPhrases }],
  'finglish',
  false,
)

/** The scanners' sources, for the test that keeps them within what V8 optimises. */
export const SCANNER_SOURCES = [WRITTEN.scanner.source, FINGLISH.scanner.source]

/** Persian and English phrases in `normalised` (padded output of normaliseText). */
export function findPhrases(normalised: string): PhraseHit[] {
  return WRITTEN.find(normalised)
}

/** Finglish phrases in `skeleton` (finglishSkeleton of the normalised text). */
export function findFinglishPhrases(skeleton: string): PhraseHit[] {
  return FINGLISH.find(skeleton)
}
