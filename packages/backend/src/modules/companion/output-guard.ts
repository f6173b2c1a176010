import type { CompanionReplacedReason } from '@yektayar/shared'

// The companion never diagnoses and never gives medication or doses (DESIGN §11). The system
// prompt asks the model not to; this checks what it wrote anyway, chunk by chunk as the reply
// streams, so a reply that crosses the line is replaced a few words after it does. Patterns
// look for a claim about the reader ("you have depression", «دچار اختلال … هستید») or a dose,
// not for the words alone: talking about depression, or saying "I can't diagnose", is fine.

// Nothing a pattern needs to see spans more than this; the check reads the tail of the reply.
const WINDOW_CHARS = 240
// A hedge this close before a match makes it a question or a condition, not a claim.
const HEDGE_CHARS = 40

const EN_CONDITIONS =
  '(?:(?:clinical|major|severe|mild|moderate|chronic|postpartum|generalized|generalised|social)\\s+)*' +
  '(?:depression|depressive disorder|bipolar(?: disorder)?|an? anxiety disorder|anxiety disorder|ptsd|ocd|adhd|' +
  'schizophrenia|borderline personality(?: disorder)?|(?:an? )?(?:personality|eating|panic|mood) disorder|' +
  'an? (?:mental )?(?:illness|disorder))'
const FA_CONDITIONS =
  '(?:افسردگی|اختلال[^.!?؟\\n]{0,30}|دوقطبی|وسواس(?: فکری)?(?: عملی)?|اسکیزوفرنی|بیش ?فعالی|پی ?تی ?اس ?دی|ptsd|اوسیدی|ocd)'
const FA_YOU_ARE = '(?:هستید|هستی|هستین|شده اید|شده ای|شدید|شدی)'
const FA_YOU_HAVE = '(?:دارید|داری|دارین)'

const DIAGNOSIS: RegExp[] = [
  new RegExp(
    `\\byou(?:'ve| have| are suffering from| suffer from|'re suffering from| have got)\\s+(?:a |an )?${EN_CONDITIONS}\\b`,
    'giu',
  ),
  /\byou(?:'re| are)\s+(?:clinically\s+)?(?:depressed|bipolar|schizophrenic|psychotic)\b/giu,
  /\b(?:I(?:'d| would| can)?\s+diagnose you|your diagnosis is|you (?:meet|fit|match) the (?:diagnostic )?criteria)\b/giu,
  new RegExp(`${FA_CONDITIONS}\\s*${FA_YOU_HAVE}`, 'giu'),
  new RegExp(
    `(?:دچار|مبتلا به)\\s+(?:[^.!?؟\\n]{0,20}?\\s)?${FA_CONDITIONS}[^.!?؟\\n]{0,20}?${FA_YOU_ARE}`,
    'giu',
  ),
  /تشخیص (?:من|شما) [^.!?؟\n]{0,20}است/giu,
]

const DRUGS =
  'sertraline|zoloft|fluoxetine|prozac|citalopram|escitalopram|lexapro|paroxetine|paxil|venlafaxine|' +
  'duloxetine|bupropion|wellbutrin|mirtazapine|amitriptyline|nortriptyline|imipramine|lithium|' +
  'quetiapine|seroquel|olanzapine|risperidone|aripiprazole|lamotrigine|valproate|clonazepam|' +
  'alprazolam|xanax|lorazepam|diazepam|valium|zolpidem|trazodone|propranolol|melatonin|' +
  'سرترالین|فلوکستین|سیتالوپرام|اسیتالوپرام|پاروکستین|ونلافاکسین|دولوکستین|بوپروپیون|' +
  'میرتازاپین|آمی ?تریپتیلین|نورتریپتیلین|لیتیوم|کوئتیاپین|الانزاپین|ریسپریدون|آریپیپرازول|' +
  'کلونازپام|آلپرازولام|لورازپام|دیازپام|زولپیدم|ترازودون|پروپرانولول|ملاتونین'
const DOSE = '\\d+(?:[.,]\\d+)?\\s*(?:mg|mcg|milligrams?|میلی ?گرم|میکروگرم)'
const PILL_COUNT = '(?:\\d+|a|an|one|two|three|four|another|more|extra)'

const MEDICATION: RegExp[] = [
  new RegExp(`(?<![\\p{L}\\p{N}])${DOSE}(?![\\p{L}])`, 'giu'),
  new RegExp(
    `(?:${DRUGS})[^.!?؟\\n]{0,30}(?:take|increase|double|dose|بخورید|بخور|مصرف کن)`,
    'giu',
  ),
  new RegExp(
    `\\b(?:take|swallow|try)\\s+${PILL_COUNT}\\s+(?:more\\s+)?(?:pills?|tablets?|capsules?)\\b`,
    'giu',
  ),
  /\b(?:increase|double|lower|reduce)\s+(?:your|the)\s+dos(?:e|age)\b/giu,
  /(?:قرص|کپسول)[^.!?؟\n]{0,30}?(?:بخورید|بخورین|بخور|مصرف کنید|مصرف کن|بیندازید)/giu,
  /(?:دوز|مقدار)\s+(?:دارو|قرص)[^.!?؟\n]{0,20}?(?:را\s+)?(?:بیشتر|کمتر|دو برابر)\s+کن/giu,
]

// The words every pattern above ends with, and how far before a chunk one may have started.
const ENDINGS =
  /(?:دار|هست|شد|است|گرم|mg|mcg|milligram|pill|tablet|capsule|dos|diagnos|criteria|depress|bipolar|schizo|psychot|disorder|illness|ptsd|ocd|adhd|personality|take|increase|double|بخور|مصرف|بینداز|(?:بیشتر|کمتر|برابر)\s+کن)/iu
const ENDING_CHARS = 16

const HEDGES =
  /(?:\bif\b|\bwhen(?:ever)?\b|\bwhether\b|\bthink\b|\bwonder|\bworried\b|\bafraid\b|\bonly a\b|\bcan't\b|\bcannot\b|\bdon't\b|\bnever\b|اگر|وقتی|زمانی که|هر وقت|شاید|آیا|فکر می ?کنید|فکر می ?کنی|نگران|نمی ?توانم|نباید|بپرسید|پزشکتان)/iu

/**
 * Reads a reply as it streams: `push` each chunk, in order; the first one that completes a
 * diagnosis or a dose answers its reason, and the reply should be replaced.
 */
export class OutputGuard {
  // Only the tail the next check can read is kept: slicing the whole reply per chunk flattened
  // an ever longer string, quadratic over a reply and a steady stream of garbage at 200 streams.
  #tail = ''

  push(chunk: string): CompanionReplacedReason | null {
    const normalised = normalise(chunk)
    this.#tail = (this.#tail + normalised).slice(-(WINDOW_CHARS + normalised.length))
    // A claim new in this chunk ends in it: most chunks end no pattern and cost one test.
    if (!ENDINGS.test(this.#tail.slice(-(chunk.length + ENDING_CHARS)))) return null
    const window = this.#tail
    if (claims(window, DIAGNOSIS)) return 'diagnosis'
    if (claims(window, MEDICATION)) return 'medication'
    return null
  }
}

/** A whole reply's verdict (for replies that did not stream, and for tests). */
export function checkReply(text: string): CompanionReplacedReason | null {
  return new OutputGuard().push(text)
}

function claims(window: string, patterns: RegExp[]): boolean {
  for (const pattern of patterns) {
    pattern.lastIndex = 0
    for (const match of window.matchAll(pattern)) {
      const before = window.slice(Math.max(0, match.index - HEDGE_CHARS), match.index)
      if (!HEDGES.test(before)) return true
    }
  }
  return false
}

/**
 * One character for one: Arabic letters as Persian, Persian and Arabic digits as ASCII, ZWNJ and
 * direction marks as spaces, so «می‌خورید» and «می خورید», «۵۰» and «50» read alike.
 */
function normalise(text: string): string {
  return text.replace(/[يكى\u06f0-\u06f9\u0660-\u0669\u200c-\u200f]/g, (char) => {
    const code = char.charCodeAt(0)
    if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0)
    if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660)
    if (char === 'ي' || char === 'ى') return 'ی'
    if (char === 'ك') return 'ک'
    return ' '
  })
}
