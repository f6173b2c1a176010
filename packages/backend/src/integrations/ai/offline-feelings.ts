import type { Locale } from '../../lib/app-error.ts'
import { keywordMatcher, normaliseForMatching } from './keyword-match.ts'

interface Feeling {
  /** How the reply names it, in each language. */
  name: Record<Locale, string>
  keywords: readonly string[]
}

// Feelings the reflective reply can name back. Sadness, loneliness, worry and fear are absent:
// they have replies of their own (offline-intent.ts). So are the pleasant ones: a keyword list
// cannot see "not", and telling someone who wrote "I'm not happy" that they feel happiness is
// worse than asking an open question. Keywords of both languages are checked whatever the
// reply language.
const FEELINGS: readonly Feeling[] = [
  { name: { fa: 'خستگی', en: 'tiredness' }, keywords: ['خسته*', 'خستم', 'tired', 'exhausted'] },
  {
    name: { fa: 'خشم', en: 'anger' },
    keywords: ['عصبانی*', 'خشم*', 'عصبی*', 'angry', 'anger', 'furious'],
  },
  {
    name: { fa: 'کلافگی', en: 'frustration' },
    keywords: ['کلافه*', 'کلافگی', 'frustrat*', 'irritat*', 'annoyed'],
  },
  { name: { fa: 'ناامیدی', en: 'hopelessness' }, keywords: ['ناامید*', 'نا امید*', 'hopeless*'] },
  {
    name: { fa: 'بی‌حوصلگی', en: 'boredom' },
    keywords: ['بی‌حوصله*', 'بی‌حوصلگی', 'حوصله ندارم', 'bored', 'boredom'],
  },
  {
    name: { fa: 'سردرگمی', en: 'confusion' },
    keywords: ['گیج*', 'سردرگم*', 'confus*'],
  },
  {
    name: { fa: 'شرم', en: 'shame' },
    keywords: ['شرم*', 'خجالت*', 'ashamed', 'shame*', 'embarrass*'],
  },
  {
    name: { fa: 'احساس گناه', en: 'guilt' },
    keywords: ['احساس گناه', 'عذاب وجدان', 'guilt*'],
  },
  {
    name: { fa: 'بی‌انگیزگی', en: 'a lack of motivation' },
    keywords: ['بی‌انگیزه*', 'بی‌انگیزگی', 'انگیزه ندارم', 'unmotivated', 'no motivation'],
  },
  {
    name: { fa: 'فشار زیاد', en: 'feeling overwhelmed' },
    keywords: ['تحت فشار', 'زیر فشار', 'overwhelm*'],
  },
  { name: { fa: 'حسادت', en: 'jealousy' }, keywords: ['حسود*', 'حسادت*', 'jealous*', 'envy'] },
  { name: { fa: 'پوچی', en: 'emptiness' }, keywords: ['پوچ*', 'empty', 'numb'] },
  { name: { fa: 'دلخوری', en: 'hurt' }, keywords: ['دلخور*', 'رنجید*', 'hurt'] },
]

const FEELING_MATCHERS = FEELINGS.map((feeling) => ({
  name: feeling.name,
  matches: keywordMatcher(feeling.keywords),
}))

/** The feelings `text` names, in the reply language, in the order of the list above. */
export function findFeelings(text: string, language: Locale): string[] {
  const normalised = normaliseForMatching(text)
  return FEELING_MATCHERS.filter(({ matches }) => matches(normalised)).map(
    ({ name }) => name[language],
  )
}
