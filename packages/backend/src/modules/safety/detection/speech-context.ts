import { patternSource } from './phrase-pattern.ts'

// What the words right before a phrase change. Only the words that end exactly where the
// phrase starts count, so "I don't know why but I want to die" stays a crisis: the chain from
// "don't" to the phrase is broken by "know why but".

/** "would never", "not", «نمی‌خوام»: a denial. */
const NEGATORS = [
  'not',
  'never',
  'dont',
  'do not',
  'doesnt',
  'didnt',
  'wont',
  'will not',
  'wouldnt',
  'would not',
  'isnt',
  'arent',
  'wasnt',
  'نمی~خو?اه?م',
  'قصد ندارم',
  'قرار نیست',
  'nemi(kh|x)o?a?m',
  'nemi(kh|x)astam',
  'ghasd nadaram',
  'gharar nist',
].join('|')

/** Words that may stand between a negator and the phrase ("not really going to"). */
const FILLERS = [
  'really',
  'even',
  'ever',
  'feel',
  'feeling',
  'going',
  'gonna',
  'to',
  'planning',
  'plan',
  'trying',
  'thinking',
  'think',
  'about',
  'of',
  'intend',
  'have',
  'any',
  'actually',
  'currently',
  'seriously',
  'want',
  'wanna',
  'be',
  'being',
  'i',
  'id',
  'would',
  'will',
  'که',
  'دیگه',
  'اصلا',
  'هیچوقت',
  'هرگز',
  'واقعا',
  'ke',
  'dige',
  'aslan',
].join('|')

// Both frames are lookbehinds tried at one place (sticky): the engine reads backwards from the
// phrase, never scanning the text before it.
const NEGATED = new RegExp(
  `(?<=(?:^| )(?:${patternSource(`(${NEGATORS})`)})(?: (?:${patternSource(`(${FILLERS})`)})){0,4} )`,
  'y',
)

/** «دوستم گفت»، "my friend told me": someone else's words are quoted. */
const REPORTING_VERBS = [
  'said',
  'says',
  'told me',
  'tells me',
  'told us',
  'texted',
  'texted me',
  'wrote',
  'writes',
  'keeps saying',
  'kept saying',
  'posted',
  'messaged me',
  'mentioned',
  'admitted',
  'گفت',
  'می~گه',
  'می~گفت',
  'گفته',
  'نوشت',
  'نوشته',
  'پیام (داد|داده)',
  'می~گوید',
  'goft',
  'mige',
  'migoft',
  'gofte',
  'nevesht',
  'neveshte',
  'payam (dad|dade)',
].join('|')

const REPORTED = new RegExp(
  `(?<=(?:^| )(?:(\\S+) )?(?:${patternSource(`(${REPORTING_VERBS})`)})(?: (?:that|که|ke))?(?: (?:he|she|they|i))? )`,
  'y',
)

/** `start` is the index of the space before the phrase, as in PhraseHit. */
export function isNegated(text: string, start: number): boolean {
  NEGATED.lastIndex = start + 1
  return NEGATED.test(text)
}

/** Someone else reports it: the person writing is not the one who said it ("I said" is). */
export function isReported(text: string, start: number): boolean {
  REPORTED.lastIndex = start + 1
  const match = REPORTED.exec(text)
  return match !== null && match[1] !== 'i'
}
