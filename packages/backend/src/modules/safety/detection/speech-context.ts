import { patternSource, type Spelling } from './phrase-pattern.ts'

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
].join('|')

/** Finglish, in one spelling each: the skeleton takes care of the others (nmikham, nemikhm). */
const NEGATORS_FINGLISH = ['nemikham', 'nemikhastam', 'ghasd nadaram', 'gharar nist'].join('|')

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
].join('|')

const FILLERS_FINGLISH = ['ke', 'dige', 'aslan', 'hichvaght', 'vaghan'].join('|')

// Both frames are lookbehinds tried at one place (sticky): the engine reads backwards from the
// phrase, never scanning the text before it.
function negated(negators: string, fillers: string, spelling: Spelling): RegExp {
  const word = (list: string) => patternSource(`(${list})`, spelling)
  return new RegExp(`(?<=(?:^| )(?:${word(negators)})(?: (?:${word(fillers)})){0,4} )`, 'y')
}

const NEGATED = negated(NEGATORS, FILLERS, 'plain')
const NEGATED_FINGLISH = negated(NEGATORS_FINGLISH, FILLERS_FINGLISH, 'finglish')

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
].join('|')

const REPORTING_VERBS_FINGLISH = [
  'goft',
  'mige',
  'migoft',
  'gofte',
  'nevesht',
  'neveshte',
  'payam (dad|dade)',
].join('|')

function reported(verbs: string, that: string, spelling: Spelling): RegExp {
  const word = (list: string) => patternSource(`(${list})`, spelling)
  return new RegExp(
    `(?<=(?:^| )(?:(\\S+) )?(?:${word(verbs)})(?: (?:${word(that)}))?(?: (?:he|she|they|i))? )`,
    'y',
  )
}

const REPORTED = reported(REPORTING_VERBS, 'that|که', 'plain')
const REPORTED_FINGLISH = reported(REPORTING_VERBS_FINGLISH, 'ke', 'finglish')

/**
 * `start` is the index of the space before the phrase, as in PhraseHit; `spelling` says
 * whether `text` is the normalised text or its Finglish skeleton.
 */
export function isNegated(text: string, start: number, spelling: Spelling = 'plain'): boolean {
  const pattern = spelling === 'finglish' ? NEGATED_FINGLISH : NEGATED
  pattern.lastIndex = start + 1
  return pattern.test(text)
}

/** Someone else reports it: the person writing is not the one who said it ("I said" is). */
export function isReported(text: string, start: number, spelling: Spelling = 'plain'): boolean {
  const pattern = spelling === 'finglish' ? REPORTED_FINGLISH : REPORTED
  pattern.lastIndex = start + 1
  const match = pattern.exec(text)
  return match !== null && match[1] !== 'i' && match[1] !== 'mn'
}
