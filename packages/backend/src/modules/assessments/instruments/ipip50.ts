import type { Bilingual } from '@yektayar/shared'
import type { LevelRule, ScaleRule } from '../scoring/scoring-rules.ts'
import type { InstrumentDefinition } from './instrument.ts'
import { itemsOf } from './instrument.ts'

/**
 * The IPIP 50-item Big-Five factor markers (Goldberg 1992; items from ipip.ori.org, public
 * domain): 10 items per trait, answered 1–5, reverse-keyed items scored 6 − answer, each trait
 * 10–50. Items are in the site's order, so item n belongs to trait ((n − 1) mod 5): Extraversion,
 * Agreeableness, Conscientiousness, Emotional Stability, Intellect/Imagination.
 *
 * Persian wording: translated for YektaYar from the English items (no published Persian
 * IPIP-50 was copied), then reviewed item by item against the English key. Corrections made in
 * the review: idioms rendered by meaning, not word for word ("life of the party" is «در جمع‌ها
 * شور و حال به پا می‌کنم», not «زندگی مهمانی»; "feel blue" is «دل‌گرفته و غمگین», since blue is
 * no colour of mood in Persian; "soft heart" is «دل‌رحم»; "shirk my duties" is «از زیر وظایفم
 * شانه خالی می‌کنم»); every item kept first person and present tense, as in English, so a
 * reverse-keyed item is not turned positive by the translation («زیاد حرف نمی‌زنم» keeps the
 * negation); "parties" is «مهمانی‌ها», which covers family gatherings in Iran; "abstract ideas"
 * is «ایده‌های انتزاعی» in both items that use it. The review was not a forward–back
 * translation by two bilingual clinicians: it needs one before this inventory's scores are
 * compared with published ones.
 *
 * Trait levels, against a named reference sample: the Eugene-Springfield Community Sample (ESCS),
 * the adult community panel of Goldberg's IPIP work (Oregon, USA; N about 570–600), whose norms
 * for the Big-Five factor markers are published for the 20-item scales of the 100-item version
 * (means and SDs below, as tabulated from the ESCS; to check against Goldberg's own tables before
 * clinical use). The 50-item scales are 10-item halves of those scales, so the norms are taken per
 * item: a 10-item sum more than one SD below the sample's mean (about its lowest 16%) is low,
 * more than one SD above it is high. A shorter scale spreads a little wider than the 20-item one,
 * so these levels are approximate, and an American community sample is not an Iranian one: the
 * result page says both. The label describes; it is
 * not a type, and not MBTI (whose letters measure something else and are proprietary).
 */

/** ESCS mean and SD of a 20-item scale (sums of 1–5 answers), the trait's norm. */
interface ScaleNorm {
  mean: number
  sd: number
}

/** Low at or below (mean − SD), high at or above (mean + SD), per item, over 10 items. */
const LEVELS = (norm: ScaleNorm, words: LevelRule['words']): LevelRule => {
  const perItem = { mean: norm.mean / 20, sd: norm.sd / 20 }
  return {
    lowMax: Math.floor(10 * (perItem.mean - perItem.sd)),
    highMin: Math.ceil(10 * (perItem.mean + perItem.sd)),
    words,
  }
}

const ESCS: Record<string, ScaleNorm> = {
  extraversion: { mean: 63.45, sd: 13.64 },
  agreeableness: { mean: 80.94, sd: 9.69 },
  conscientiousness: { mean: 77.34, sd: 11.05 },
  emotional_stability: { mean: 70.09, sd: 13.93 },
  intellect: { mean: 74.29, sd: 12.1 },
}
const normOf = (trait: string): ScaleNorm => {
  const norm = ESCS[trait]
  if (!norm) throw new Error(`no ESCS norm for ${trait}`)
  return norm
}

const TEXTS: Bilingual[] = [
  { en: 'Am the life of the party.', fa: 'در جمع‌ها شور و حال به پا می‌کنم.' },
  { en: 'Feel little concern for others.', fa: 'دغدغهٔ چندانی برای دیگران ندارم.' },
  { en: 'Am always prepared.', fa: 'همیشه از پیش آماده‌ام.' },
  { en: 'Get stressed out easily.', fa: 'زود دچار استرس می‌شوم.' },
  { en: 'Have a rich vocabulary.', fa: 'دایرهٔ واژگان گسترده‌ای دارم.' },
  { en: "Don't talk a lot.", fa: 'زیاد حرف نمی‌زنم.' },
  { en: 'Am interested in people.', fa: 'به آدم‌ها علاقه‌مندم.' },
  { en: 'Leave my belongings around.', fa: 'وسایلم را این‌طرف و آن‌طرف جا می‌گذارم.' },
  { en: 'Am relaxed most of the time.', fa: 'بیشتر وقت‌ها آرامم.' },
  {
    en: 'Have difficulty understanding abstract ideas.',
    fa: 'فهمیدن ایده‌های انتزاعی برایم دشوار است.',
  },
  { en: 'Feel comfortable around people.', fa: 'در کنار دیگران راحتم.' },
  { en: 'Insult people.', fa: 'به دیگران توهین می‌کنم.' },
  { en: 'Pay attention to details.', fa: 'به جزئیات توجه می‌کنم.' },
  { en: 'Worry about things.', fa: 'نگران مسائل مختلف می‌شوم.' },
  { en: 'Have a vivid imagination.', fa: 'قوهٔ تخیل قوی‌ای دارم.' },
  { en: 'Keep in the background.', fa: 'ترجیح می‌دهم در حاشیه بمانم.' },
  { en: "Sympathize with others' feelings.", fa: 'با احساسات دیگران همدلی می‌کنم.' },
  { en: 'Make a mess of things.', fa: 'کارها را به هم می‌ریزم.' },
  { en: 'Seldom feel blue.', fa: 'به‌ندرت دل‌گرفته و غمگین می‌شوم.' },
  { en: 'Am not interested in abstract ideas.', fa: 'به ایده‌های انتزاعی علاقه‌ای ندارم.' },
  { en: 'Start conversations.', fa: 'سر صحبت را باز می‌کنم.' },
  {
    en: "Am not interested in other people's problems.",
    fa: 'مشکلات دیگران برایم اهمیتی ندارد.',
  },
  { en: 'Get chores done right away.', fa: 'کارهای روزمره را بی‌درنگ انجام می‌دهم.' },
  { en: 'Am easily disturbed.', fa: 'زود آشفته می‌شوم.' },
  { en: 'Have excellent ideas.', fa: 'ایده‌های عالی دارم.' },
  { en: 'Have little to say.', fa: 'حرف چندانی برای گفتن ندارم.' },
  { en: 'Have a soft heart.', fa: 'دل‌رحم هستم.' },
  {
    en: 'Often forget to put things back in their proper place.',
    fa: 'اغلب یادم می‌رود وسایل را سر جایشان برگردانم.',
  },
  { en: 'Get upset easily.', fa: 'زود ناراحت می‌شوم.' },
  { en: 'Do not have a good imagination.', fa: 'قوهٔ تخیل خوبی ندارم.' },
  {
    en: 'Talk to a lot of different people at parties.',
    fa: 'در مهمانی‌ها با آدم‌های گوناگونی حرف می‌زنم.',
  },
  { en: 'Am not really interested in others.', fa: 'در واقع علاقهٔ چندانی به دیگران ندارم.' },
  { en: 'Like order.', fa: 'نظم را دوست دارم.' },
  { en: 'Change my mood a lot.', fa: 'حال‌وهوایم زیاد عوض می‌شود.' },
  { en: 'Am quick to understand things.', fa: 'مطالب را زود می‌فهمم.' },
  {
    en: "Don't like to draw attention to myself.",
    fa: 'دوست ندارم توجه دیگران را به خودم جلب کنم.',
  },
  { en: 'Take time out for others.', fa: 'برای دیگران وقت می‌گذارم.' },
  { en: 'Shirk my duties.', fa: 'از زیر وظایفم شانه خالی می‌کنم.' },
  { en: 'Have frequent mood swings.', fa: 'نوسان‌های خلقی زیادی دارم.' },
  { en: 'Use difficult words.', fa: 'واژه‌های دشوار به کار می‌برم.' },
  {
    en: "Don't mind being the center of attention.",
    fa: 'از اینکه در مرکز توجه باشم ناراحت نمی‌شوم.',
  },
  { en: "Feel others' emotions.", fa: 'احساسات دیگران را حس می‌کنم.' },
  { en: 'Follow a schedule.', fa: 'طبق برنامه پیش می‌روم.' },
  { en: 'Get irritated easily.', fa: 'زود کلافه می‌شوم.' },
  { en: 'Spend time reflecting on things.', fa: 'برای فکر کردن به مسائل وقت می‌گذارم.' },
  { en: 'Am quiet around strangers.', fa: 'پیش غریبه‌ها ساکتم.' },
  { en: 'Make people feel at ease.', fa: 'کاری می‌کنم که دیگران کنارم راحت باشند.' },
  { en: 'Am exacting in my work.', fa: 'در کارم دقیق و سخت‌گیرم.' },
  { en: 'Often feel blue.', fa: 'اغلب دل‌گرفته و غمگینم.' },
  { en: 'Am full of ideas.', fa: 'سرشار از ایده‌ام.' },
]

/** The minus-keyed items of the IPIP key (ipip.ori.org, "50-item IPIP Big-Five markers"). */
const REVERSE = [
  2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 29, 30, 32, 34, 36, 38, 39, 44, 46, 49,
]

const traitItems = (offset: number) =>
  Array.from({ length: 10 }, (_, index) => `ipip_${offset + 1 + index * 5}`)

const TRAITS: ScaleRule[] = [
  {
    key: 'extraversion',
    label: { fa: 'برون‌گرایی', en: 'Extraversion' },
    items: traitItems(0),
    levels: LEVELS(normOf('extraversion'), {
      low: { fa: 'درون‌گرا', en: 'reserved' },
      average: { fa: 'برون‌گرایی میانه', en: 'moderately outgoing' },
      high: { fa: 'برون‌گرا', en: 'outgoing' },
    }),
  },
  {
    key: 'agreeableness',
    label: { fa: 'سازگاری', en: 'Agreeableness' },
    items: traitItems(1),
    levels: LEVELS(normOf('agreeableness'), {
      low: { fa: 'رک و مستقل در داوری', en: 'frank and independent-minded' },
      average: { fa: 'همدلی میانه', en: 'moderately warm' },
      high: { fa: 'همدل و خوش‌برخورد', en: 'warm and cooperative' },
    }),
  },
  {
    key: 'conscientiousness',
    label: { fa: 'وظیفه‌شناسی', en: 'Conscientiousness' },
    items: traitItems(2),
    levels: LEVELS(normOf('conscientiousness'), {
      low: { fa: 'انعطاف‌پذیر و کمتر برنامه‌مند', en: 'flexible and less planned' },
      average: { fa: 'نظم میانه', en: 'moderately organised' },
      high: { fa: 'منظم و وظیفه‌شناس', en: 'organised and dependable' },
    }),
  },
  {
    key: 'emotional_stability',
    label: { fa: 'ثبات هیجانی', en: 'Emotional stability' },
    items: traitItems(3),
    levels: LEVELS(normOf('emotional_stability'), {
      low: { fa: 'حساس و زودنگران', en: 'sensitive and quick to worry' },
      average: { fa: 'ثبات هیجانی میانه', en: 'moderately steady' },
      high: { fa: 'آرام و پایدار', en: 'calm and steady' },
    }),
  },
  {
    key: 'intellect',
    label: { fa: 'خرد و تخیل', en: 'Intellect / imagination' },
    items: traitItems(4),
    levels: LEVELS(normOf('intellect'), {
      low: { fa: 'عمل‌گرا و واقع‌بین', en: 'practical and down-to-earth' },
      average: { fa: 'کنجکاوی میانه', en: 'moderately curious' },
      high: { fa: 'کنجکاو و خیال‌پرداز', en: 'curious and imaginative' },
    }),
  },
]

export const IPIP50: InstrumentDefinition = {
  slug: 'ipip-50',
  kind: 'personality',
  version: 2,
  position: 3,
  minutes: 10,
  title: {
    fa: 'پرسش‌نامهٔ پنج عامل بزرگ شخصیت (IPIP-50)',
    en: 'Big Five personality inventory (IPIP-50)',
  },
  description: {
    fa: 'پنجاه جمله دربارهٔ اینکه معمولاً چگونه هستید؛ پنج ویژگی شخصیت را توصیف می‌کند، نه بیماری یا سلامت را.',
    en: 'Fifty statements about how you usually are; it describes five personality traits, not illness or health.',
  },
  citations: [
    {
      language: 'en',
      text: 'Goldberg LR. The development of markers for the Big-Five factor structure. Psychological Assessment. 1992;4(1):26–42. Items: International Personality Item Pool (ipip.ori.org), public domain.',
      url: 'https://ipip.ori.org/new_ipip-50-item-scale.htm',
    },
    {
      language: 'en',
      text: 'Trait levels against the Eugene-Springfield Community Sample (ESCS) norms of the IPIP Big-Five factor markers (Goldberg, Oregon Research Institute).',
      url: 'https://ipip.ori.org/',
    },
    {
      language: 'fa',
      text: 'Persian wording translated and reviewed for YektaYar (see the data file); not a published validated translation.',
      url: null,
    },
  ],
  questions: {
    instructions: {
      fa: 'هر جمله را بخوانید و بگویید چقدر دربارهٔ شما درست است: آن‌طور که اکنون معمولاً هستید، نه آن‌طور که دوست دارید باشید؛ خودتان را با هم‌سالان هم‌جنس خود که می‌شناسید مقایسه کنید.',
      en: 'Describe yourself as you generally are now, not as you wish to be in the future, in relation to other people you know of the same sex and roughly your age.',
    },
    options: [
      { value: 1, label: { fa: 'کاملاً نادرست', en: 'Very inaccurate' } },
      { value: 2, label: { fa: 'تا حدی نادرست', en: 'Moderately inaccurate' } },
      { value: 3, label: { fa: 'نه درست، نه نادرست', en: 'Neither accurate nor inaccurate' } },
      { value: 4, label: { fa: 'تا حدی درست', en: 'Moderately accurate' } },
      { value: 5, label: { fa: 'کاملاً درست', en: 'Very accurate' } },
    ],
    items: itemsOf('ipip', TEXTS),
  },
  scoringRules: {
    itemMin: 1,
    itemMax: 5,
    reverseKeyed: REVERSE.map((n) => `ipip_${n}`),
    primaryScale: null,
    flags: [],
    scales: TRAITS,
    levelSource:
      'Eugene-Springfield Community Sample (ESCS, Goldberg) norms of the Big-Five factor markers, per item: low below the sample mean − 1 SD, high above mean + 1 SD.',
  },
}
