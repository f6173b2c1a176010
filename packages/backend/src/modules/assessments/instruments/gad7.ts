import type { InstrumentDefinition } from './instrument.ts'
import { FREQUENCY_OPTIONS, itemsOf, TWO_WEEKS_INSTRUCTIONS } from './instrument.ts'

/**
 * GAD-7 (Spitzer, Kroenke, Williams & Löwe 2006): seven items over two weeks, each 0–3, total
 * 0–21, bands 0–4, 5–9, 10–14, 15–21.
 *
 * Persian wording: the version whose reliability and validity Naeinian, Shaeiri, Sharif &
 * Hadian (2011) studied in Iran. Typed here from that version's standard wording rather than
 * copied from the paper: compare with the published text before clinical use.
 */
export const GAD7: InstrumentDefinition = {
  slug: 'gad-7',
  kind: 'screening',
  version: 1,
  position: 2,
  minutes: 2,
  title: { fa: 'پرسش‌نامهٔ اضطراب فراگیر (GAD-7)', en: 'Generalized Anxiety Disorder scale (GAD-7)' },
  description: {
    fa: 'هفت پرسش دربارهٔ نگرانی و بی‌قراری در دو هفتهٔ گذشته؛ شدت نشانه‌های اضطراب را می‌سنجد.',
    en: 'Seven questions about worry and restlessness over the last two weeks; it measures how strong signs of anxiety are.',
  },
  citations: [
    {
      language: 'en',
      text: 'Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder: the GAD-7. Arch Intern Med. 2006;166(10):1092–1097.',
      url: 'https://doi.org/10.1001/archinte.166.10.1092',
    },
    {
      language: 'fa',
      text: 'Naeinian MR, Shaeiri MR, Sharif M, Hadian M. To study reliability and validity for a brief measure for assessing Generalized Anxiety Disorder (GAD-7). Clinical Psychology & Personality (Daneshvar Raftar). 2011;9(4):41–50.',
      url: null,
    },
  ],
  questions: {
    instructions: TWO_WEEKS_INSTRUCTIONS,
    options: FREQUENCY_OPTIONS,
    items: itemsOf('gad7', [
      { fa: 'احساس عصبی بودن، اضطراب یا بی‌قراری', en: 'Feeling nervous, anxious, or on edge' },
      {
        fa: 'ناتوانی در دست کشیدن از نگرانی یا مهار آن',
        en: 'Not being able to stop or control worrying',
      },
      {
        fa: 'نگرانی بیش از اندازه دربارهٔ چیزهای گوناگون',
        en: 'Worrying too much about different things',
      },
      { fa: 'مشکل در آرام گرفتن', en: 'Trouble relaxing' },
      {
        fa: 'آن‌قدر بی‌قرار بودن که یک‌جا نشستن سخت باشد',
        en: 'Being so restless that it is hard to sit still',
      },
      { fa: 'زود دلخور یا کلافه شدن', en: 'Becoming easily annoyed or irritable' },
      {
        fa: 'احساس ترس، گویی ممکن است اتفاق وحشتناکی بیفتد',
        en: 'Feeling afraid, as if something awful might happen',
      },
    ]),
  },
  scoringRules: {
    itemMin: 0,
    itemMax: 3,
    reverseKeyed: [],
    primaryScale: 'total',
    flags: [],
    scales: [
      {
        key: 'total',
        label: { fa: 'نمرهٔ کل', en: 'Total score' },
        items: ['gad7_1', 'gad7_2', 'gad7_3', 'gad7_4', 'gad7_5', 'gad7_6', 'gad7_7'],
        bands: [
          {
            key: 'minimal',
            min: 0,
            max: 4,
            label: { fa: 'کمینه', en: 'Minimal' },
            meaning: {
              fa: 'نشانه‌های اضطراب در دو هفتهٔ گذشته کم یا ناچیز بوده است.',
              en: 'Signs of anxiety over the last two weeks were few or none.',
            },
          },
          {
            key: 'mild',
            min: 5,
            max: 9,
            label: { fa: 'خفیف', en: 'Mild' },
            meaning: {
              fa: 'کمی بیش از معمول نگران یا بی‌قرار بوده‌اید. تمرین‌های آرام‌سازی و پیگیری حالتان در هفته‌های بعد کمک می‌کند.',
              en: 'You have been somewhat more worried or restless than usual. Relaxation practice and checking again in a few weeks help.',
            },
          },
          {
            key: 'moderate',
            min: 10,
            max: 14,
            label: { fa: 'متوسط', en: 'Moderate' },
            meaning: {
              fa: 'نشانه‌های اضطراب در حد متوسط است و احتمالاً زندگی روزمره‌تان را سخت‌تر کرده. گفت‌وگو با یک روان‌شناس توصیه می‌شود.',
              en: 'Signs of anxiety are at a moderate level and have likely made daily life harder. Talking with a psychologist is recommended.',
            },
          },
          {
            key: 'severe',
            min: 15,
            max: 21,
            label: { fa: 'شدید', en: 'Severe' },
            meaning: {
              fa: 'نشانه‌های اضطراب شدید است. لطفاً به‌زودی با روان‌شناس یا پزشک صحبت کنید؛ اضطراب در این سطح به درمان خوب پاسخ می‌دهد.',
              en: 'Signs of anxiety are severe. Please talk with a psychologist or doctor soon; anxiety at this level responds well to treatment.',
            },
          },
        ],
      },
    ],
  },
}
