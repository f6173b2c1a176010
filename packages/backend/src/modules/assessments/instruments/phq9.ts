import type { InstrumentDefinition } from './instrument.ts'
import { FREQUENCY_OPTIONS, itemsOf, TWO_WEEKS_INSTRUCTIONS } from './instrument.ts'

/**
 * PHQ-9 (Kroenke, Spitzer & Williams 2001): nine DSM-IV depression criteria over two weeks,
 * each 0–3, total 0–27, severity bands 0–4, 5–9, 10–14, 15–19, 20–27. Item 9 (thoughts of
 * death or self-harm) above 0 is flagged whatever the total, and goes to the safety module.
 *
 * Persian wording: the Farsi version whose reliability and validity Dadfar, Kalibatseva &
 * Lester (2018) studied in Iranian psychiatric outpatients. It was typed here from that
 * version's standard wording, not copied from the paper's appendix: compare it with the
 * published text before clinical use, and bump `version` if anything changes. The PHQ
 * screeners carry no copyright restriction on use (Pfizer's statement on phqscreeners.com).
 */
export const PHQ9: InstrumentDefinition = {
  slug: 'phq-9',
  kind: 'screening',
  version: 1,
  position: 1,
  minutes: 3,
  title: { fa: 'پرسش‌نامهٔ سلامت بیمار (PHQ-9)', en: 'Patient Health Questionnaire (PHQ-9)' },
  description: {
    fa: 'نُه پرسش دربارهٔ حال و انرژی شما در دو هفتهٔ گذشته؛ شدت نشانه‌های افسردگی را می‌سنجد.',
    en: 'Nine questions about your mood and energy over the last two weeks; it measures how strong signs of depression are.',
  },
  citations: [
    {
      language: 'en',
      text: 'Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. J Gen Intern Med. 2001;16(9):606–613.',
      url: 'https://doi.org/10.1046/j.1525-1497.2001.016009606.x',
    },
    {
      language: 'fa',
      text: 'Dadfar M, Kalibatseva Z, Lester D. Reliability and validity of the Farsi version of the Patient Health Questionnaire-9 (PHQ-9) with Iranian psychiatric outpatients. Trends Psychiatry Psychother. 2018;40(2):144–151.',
      url: 'https://doi.org/10.1590/2237-6089-2017-0116',
    },
  ],
  questions: {
    instructions: TWO_WEEKS_INSTRUCTIONS,
    options: FREQUENCY_OPTIONS,
    items: itemsOf('phq9', [
      {
        fa: 'کم‌علاقگی یا لذت نبردن از انجام کارها',
        en: 'Little interest or pleasure in doing things',
      },
      {
        fa: 'احساس غم، افسردگی یا ناامیدی',
        en: 'Feeling down, depressed, or hopeless',
      },
      {
        fa: 'مشکل در به خواب رفتن یا در خواب ماندن، یا زیاد خوابیدن',
        en: 'Trouble falling or staying asleep, or sleeping too much',
      },
      { fa: 'احساس خستگی یا کم‌انرژی بودن', en: 'Feeling tired or having little energy' },
      { fa: 'کم‌اشتهایی یا پرخوری', en: 'Poor appetite or overeating' },
      {
        fa: 'احساس بد دربارهٔ خودتان، یا اینکه آدم شکست‌خورده‌ای هستید یا خودتان یا خانواده‌تان را ناامید کرده‌اید',
        en: 'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
      },
      {
        fa: 'مشکل در تمرکز بر کارها، مثلاً خواندن روزنامه یا تماشای تلویزیون',
        en: 'Trouble concentrating on things, such as reading the newspaper or watching television',
      },
      {
        fa: 'آن‌قدر آهسته حرکت کردن یا حرف زدن که دیگران متوجه شده باشند؛ یا برعکس، آن‌قدر بی‌قرار و ناآرام بودن که بیش از معمول این‌طرف و آن‌طرف رفته‌اید',
        en: 'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
      },
      {
        fa: 'فکر اینکه بهتر است بمیرید یا به نحوی به خودتان آسیب بزنید',
        en: 'Thoughts that you would be better off dead or of hurting yourself in some way',
      },
    ]),
  },
  scoringRules: {
    itemMin: 0,
    itemMax: 3,
    reverseKeyed: [],
    primaryScale: 'total',
    flags: [{ key: 'phq9_item9', item: 'phq9_9', atLeast: 1 }],
    scales: [
      {
        key: 'total',
        label: { fa: 'نمرهٔ کل', en: 'Total score' },
        items: [
          'phq9_1',
          'phq9_2',
          'phq9_3',
          'phq9_4',
          'phq9_5',
          'phq9_6',
          'phq9_7',
          'phq9_8',
          'phq9_9',
        ],
        bands: [
          {
            key: 'minimal',
            min: 0,
            max: 4,
            label: { fa: 'کمینه', en: 'Minimal' },
            meaning: {
              fa: 'نشانه‌های افسردگی در دو هفتهٔ گذشته کم یا ناچیز بوده است.',
              en: 'Signs of depression over the last two weeks were few or none.',
            },
          },
          {
            key: 'mild',
            min: 5,
            max: 9,
            label: { fa: 'خفیف', en: 'Mild' },
            meaning: {
              fa: 'چند نشانهٔ افسردگی دارید، در حد خفیف. بسیاری از مردم گاهی چنین دوره‌هایی دارند؛ مراقبت از خود و پیگیری حالتان در هفته‌های بعد کمک می‌کند.',
              en: 'You have some signs of depression, at a mild level. Many people go through such periods; looking after yourself and checking again in a few weeks helps.',
            },
          },
          {
            key: 'moderate',
            min: 10,
            max: 14,
            label: { fa: 'متوسط', en: 'Moderate' },
            meaning: {
              fa: 'نشانه‌های افسردگی در حد متوسط است و احتمالاً بر کار، خواب یا رابطه‌هایتان اثر گذاشته. گفت‌وگو با یک روان‌شناس توصیه می‌شود.',
              en: 'Signs of depression are at a moderate level and have likely affected your work, sleep or relationships. Talking with a psychologist is recommended.',
            },
          },
          {
            key: 'moderately_severe',
            min: 15,
            max: 19,
            label: { fa: 'نسبتاً شدید', en: 'Moderately severe' },
            meaning: {
              fa: 'نشانه‌های افسردگی نسبتاً شدید است. بهتر است به‌زودی با روان‌شناس یا پزشک خود صحبت کنید؛ درمان در این سطح معمولاً کمک زیادی می‌کند.',
              en: 'Signs of depression are moderately severe. It is best to talk with a psychologist or doctor soon; treatment at this level usually helps a lot.',
            },
          },
          {
            key: 'severe',
            min: 20,
            max: 27,
            label: { fa: 'شدید', en: 'Severe' },
            meaning: {
              fa: 'نشانه‌های افسردگی شدید است. لطفاً همین روزها با روان‌شناس یا پزشک صحبت کنید؛ لازم نیست این را تنها تحمل کنید.',
              en: 'Signs of depression are severe. Please talk with a psychologist or doctor in the next few days; you do not have to carry this alone.',
            },
          },
        ],
      },
    ],
  },
}
