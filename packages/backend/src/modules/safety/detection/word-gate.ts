import type { FirstWords } from './first-words.ts'

// Turns away, with a few table reads per word, the words no phrase can start with, so that the
// phrase expressions run only at the few that can: a run of the scanner costs about 0.13 µs,
// as much as gating a few dozen characters. A word passes when it starts a phrase's first word («قرص» of «قرصامو»),
// or when it is a phrase's first word and the next word starts that phrase's second. Words are
// hashed as they are read; a hash collision only lets a word through to the expression, which
// then decides. Counted in UTF-16 code units, over text written by normaliseText or
// finglishSkeleton (single spaces between words).

const SPACE = 0x20
const SLOTS = 1 << 20
/** The longest phrase start a table holds; the lists' are far shorter. */
const MAX_START = 63
const SEED = 0x811c9dc5
const PRIME = 0x01000193

const next = (hash: number, unit: number) => Math.imul(hash ^ unit, PRIME)
const slot = (hash: number) => (hash ^ (hash >>> 12)) & (SLOTS - 1)

/** A set of hashes, one bit each: 128 KB, so that a few thousand entries rarely collide. */
class HashBits {
  private readonly bits = new Uint32Array(SLOTS / 32)
  /** lengths[k]: some entry is k units long. */
  readonly lengths = new Uint8Array(MAX_START + 1)

  constructor(entries: Iterable<string>) {
    for (const entry of entries) {
      if (entry.length > MAX_START)
        throw new Error(`a phrase starts with too long a word: ${entry}`)
      let hash = SEED
      for (let i = 0; i < entry.length; i++) hash = next(hash, entry.charCodeAt(i))
      const at = slot(hash)
      this.bits[at >>> 5] = (this.bits[at >>> 5] as number) | (1 << (at & 31))
      this.lengths[entry.length] = 1
    }
  }

  has(hash: number, length: number): boolean {
    if (length > MAX_START || this.lengths[length] !== 1) return false
    const at = slot(hash)
    return ((this.bits[at >>> 5] as number) & (1 << (at & 31))) !== 0
  }
}

export class WordGate {
  /** Starts of a first word that may go on with anything («قرص» of «قرص\S*», digits). */
  private readonly wordStarts: HashBits
  /** First words that phrases go on from. */
  private readonly firstWords: HashBits
  /** A first word, a space and the start of the second (or the whole of it). */
  private readonly pairStarts: HashBits
  private readonly pairs: HashBits
  private readonly everyWord: boolean
  private positions = new Int32Array(1024)

  constructor({ whole, starts }: FirstWords) {
    const pairStarts = [...starts].filter((start) => start.includes(' '))
    this.wordStarts = new HashBits([...starts].filter((start) => !start.includes(' ')))
    this.pairStarts = new HashBits(pairStarts)
    this.pairs = new HashBits(whole)
    this.firstWords = new HashBits(
      [...pairStarts, ...whole].map((pair) => pair.slice(0, pair.indexOf(' '))),
    )
    this.everyWord = this.wordStarts.lengths[0] === 1 || this.firstWords.lengths[0] === 1
  }

  /**
   * The index of the space before each word of `units` that some phrase may start at, in
   * order; valid until the next call.
   */
  open(units: Uint16Array): Int32Array {
    if (this.positions.length < units.length) this.positions = new Int32Array(units.length)
    const positions = this.positions
    const length = units.length
    let found = 0
    for (let space = 0; space < length - 1; space++) {
      if (units[space] !== SPACE) continue
      if (this.everyWord || this.opens(units, space + 1)) positions[found++] = space
    }
    return positions.subarray(0, found)
  }

  /** Whether a phrase may start with the word at `at`. */
  private opens(units: Uint16Array, at: number): boolean {
    const { wordStarts, firstWords, pairStarts, pairs } = this
    const length = units.length
    let hash = SEED
    let i = at
    while (i < length && units[i] !== SPACE) {
      hash = next(hash, units[i] as number)
      i++
      if (wordStarts.has(hash, i - at)) return true
    }
    if (i === at || !firstWords.has(hash, i - at)) return false
    // Through the space and the next word.
    hash = next(hash, SPACE)
    i++
    if (pairStarts.has(hash, i - at)) return true
    while (i < length && units[i] !== SPACE) {
      hash = next(hash, units[i] as number)
      i++
      if (pairStarts.has(hash, i - at)) return true
    }
    return pairs.has(hash, i - at)
  }
}
