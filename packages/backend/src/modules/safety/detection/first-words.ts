// How a phrase can start (its first word and the start of its second), read off the phrases'
// RegExp sources, so that the scanner runs only at the words that can start one. V8 tries each
// choice of an alternation in turn at every word, which made the scan 60% of the detector's time
// on a mixed 4,000-character message; a few table reads per word (word-gate.ts) now turn most
// words away before any expression runs.
// Only the subset patternSource writes is understood: literals, `(?:…|…)`, `?`, `*`, `+`,
// `{m,n}`, `\S`, `\d`, `[1-9]` and `\` escapes; anything else throws when the lists load.

/** A character the source does not pin down (`\S`): the word may go on with anything. */
const ANY = '\uffff'
const DIGITS = '0123456789'
/** Enough for the lists' longest optional runs; a source needing more is a mistake. */
const MAX_HEADS = 20_000

type Node =
  | { kind: 'chars'; chars: string }
  | { kind: 'group'; choices: Node[][] }
  | { kind: 'repeat'; node: Node; min: number; max: number }

class Parser {
  private at = 0
  constructor(private readonly source: string) {}

  parse(): Node {
    const choices = this.choices()
    if (this.at !== this.source.length) throw new Error(`unbalanced ")" in ${this.source}`)
    return { kind: 'group', choices }
  }

  private choices(): Node[][] {
    const choices: Node[][] = [this.sequence()]
    while (this.source[this.at] === '|') {
      this.at++
      choices.push(this.sequence())
    }
    return choices
  }

  private sequence(): Node[] {
    const nodes: Node[] = []
    while (this.at < this.source.length && !'|)'.includes(this.source[this.at] as string)) {
      nodes.push(this.quantified(this.atom()))
    }
    return nodes
  }

  private atom(): Node {
    const ch = this.source[this.at++] as string
    if (ch === '(') {
      if (!this.source.startsWith('?:', this.at))
        throw new Error(`unsupported group in ${this.source}`)
      this.at += 2
      const choices = this.choices()
      this.at++
      return { kind: 'group', choices }
    }
    if (ch === '[') {
      if (!this.source.startsWith('1-9]', this.at))
        throw new Error(`unsupported class in ${this.source}`)
      this.at += 4
      return { kind: 'chars', chars: DIGITS.slice(1) }
    }
    if (ch === '\\') {
      const escaped = this.source[this.at++] as string
      if (escaped === 'S') return { kind: 'chars', chars: ANY }
      if (escaped === 'd') return { kind: 'chars', chars: DIGITS }
      return { kind: 'chars', chars: escaped }
    }
    if ('.^$'.includes(ch)) throw new Error(`unsupported "${ch}" in ${this.source}`)
    return { kind: 'chars', chars: ch }
  }

  private quantified(node: Node): Node {
    const repeat = this.repeat(node)
    // A lazy quantifier ("~?" writes " ??") matches the same strings.
    if (repeat !== node && this.source[this.at] === '?') this.at++
    return repeat
  }

  private repeat(node: Node): Node {
    const ch = this.source[this.at]
    if (ch === '?' || ch === '*' || ch === '+') {
      this.at++
      return { kind: 'repeat', node, min: ch === '+' ? 1 : 0, max: ch === '?' ? 1 : Infinity }
    }
    const counted = /^\{(\d+),(\d*)\}/.exec(this.source.slice(this.at))
    if (!counted) return node
    this.at += counted[0].length
    const max = counted[2] === '' ? Infinity : Number(counted[2])
    return { kind: 'repeat', node, min: Number(counted[1]), max }
  }
}

/** How phrases can start, written as the normalised text writes it. */
export interface FirstWords {
  /** A first word, a space and a whole second word («خودمو میندازم»). */
  whole: Set<string>
  /**
   * What the text there must start with: a first word that may go on («قرص» of «قرصامو», a
   * number), or a first word and the start of a second that may go on or end the phrase.
   */
  starts: Set<string>
}

/** Follows the first two words through a source; `open` holds the text so far on each path. */
class Walker {
  readonly found: FirstWords = { whole: new Set(), starts: new Set() }

  walk(node: Node, open: Set<string>): Set<string> {
    if (open.size === 0) return open
    if (open.size > MAX_HEADS) throw new Error('a phrase starts in too many ways')
    if (node.kind === 'chars') return this.chars(node.chars, open)
    if (node.kind === 'group') {
      const out = new Set<string>()
      for (const choice of node.choices) {
        let paths = open
        for (const child of choice) paths = this.walk(child, paths)
        for (const path of paths) out.add(path)
      }
      return out
    }
    return this.repeat(node, open)
  }

  private chars(chars: string, open: Set<string>): Set<string> {
    const out = new Set<string>()
    for (const word of open) {
      for (const ch of chars) {
        // A space ends the first word, then the second; past `\S` the word may go on with
        // anything.
        if (ch === ' ' && !word.includes(' ')) out.add(`${word} `)
        else if (ch === ' ') this.found.whole.add(word)
        else if (ch === ANY) this.found.starts.add(word)
        else out.add(word + ch)
      }
    }
    return out
  }

  private repeat(node: Extract<Node, { kind: 'repeat' }>, open: Set<string>): Set<string> {
    const out = new Set<string>()
    let paths = open
    for (let times = 0; paths.size > 0; times++) {
      if (times >= node.min) for (const path of paths) out.add(path)
      if (times >= node.min && node.max - times > 1) {
        // Past its minimum a longer repeat («\d+», "(\S+ ){0,4}») goes on in too many ways to
        // follow: the word is one that starts like one more round of it.
        for (const path of this.walk(node.node, paths)) this.found.starts.add(path)
        break
      }
      if (times === node.max) break
      paths = this.walk(node.node, paths)
    }
    return out
  }
}

/** The first words of phrases whose RegExp sources are `sources`. */
export function firstWords(sources: Iterable<string>): FirstWords {
  const walker = new Walker()
  for (const source of sources) {
    // A phrase may end inside its first two words: the word in the text may go on.
    for (const word of walker.walk(new Parser(source).parse(), new Set(['']))) {
      walker.found.starts.add(word)
    }
  }
  return walker.found
}
