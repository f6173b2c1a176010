import type { AssessmentDetail, AssessmentResult, Band } from '@yektayar/shared/types'

export const GAD7_ID = '00000000-0000-4000-8000-0000000000a7'
export const RESULT_ID = '00000000-0000-4000-8000-0000000000b1'

const both = (fa: string, en: string) => ({ fa, en })

export const GAD7_BANDS: Band[] = [
  { key: 'minimal', min: 0, max: 4, label: both('کمینه', 'Minimal'), meaning: both('کم', 'Few') },
  { key: 'mild', min: 5, max: 9, label: both('خفیف', 'Mild'), meaning: both('خفیف است', 'Mild') },
  {
    key: 'moderate',
    min: 10,
    max: 14,
    label: both('متوسط', 'Moderate'),
    meaning: both('متوسط است', 'Moderate'),
  },
  {
    key: 'severe',
    min: 15,
    max: 21,
    label: both('شدید', 'Severe'),
    meaning: both('شدید است', 'Severe'),
  },
]

/** A three-item GAD-7 stand-in: enough to walk every screen. */
export function gad7(overrides: Partial<AssessmentDetail> = {}): AssessmentDetail {
  return {
    id: GAD7_ID,
    slug: 'gad-7',
    kind: 'screening',
    title: both('پرسش‌نامهٔ اضطراب فراگیر (GAD-7)', 'GAD-7'),
    description: both('هفت پرسش', 'Seven questions'),
    itemCount: 3,
    minutes: 2,
    latest: null,
    draftAnswered: null,
    version: 1,
    instructions: both('در دو هفتهٔ گذشته…', 'Over the last 2 weeks…'),
    options: [
      { value: 0, label: both('اصلاً', 'Not at all') },
      { value: 1, label: both('چند روز', 'Several days') },
      { value: 2, label: both('بیش از نیمی از روزها', 'More than half the days') },
      { value: 3, label: both('تقریباً هر روز', 'Nearly every day') },
    ],
    items: [
      { id: 'gad7_1', text: both('احساس عصبی بودن', 'Feeling nervous') },
      { id: 'gad7_2', text: both('ناتوانی در مهار نگرانی', 'Not being able to stop worrying') },
      { id: 'gad7_3', text: both('نگرانی بیش از اندازه', 'Worrying too much') },
    ],
    bands: GAD7_BANDS,
    citations: [{ language: 'en', text: 'Spitzer 2006', url: null }],
    draft: null,
    ...overrides,
  }
}

export function result(overrides: Partial<AssessmentResult> = {}): AssessmentResult {
  return {
    id: RESULT_ID,
    assessment: { id: GAD7_ID, slug: 'gad-7', kind: 'screening', title: both('GAD-7 فا', 'GAD-7') },
    completedAt: '2026-11-03T08:00:00.000Z',
    total: 6,
    band: 'mild',
    flags: [],
    personalityType: null,
    sharedWithPsychologist: true,
    scales: [
      {
        key: 'total',
        label: both('نمرهٔ کل', 'Total'),
        score: 6,
        min: 0,
        max: 21,
        band: 'mild',
        level: null,
      },
    ],
    bands: GAD7_BANDS,
    answers: [],
    note: null,
    recommendations: [
      { kind: 'exercise', key: 'breathing', link: '/courses?tags=breathing', title: null },
    ],
    assignmentId: null,
    ...overrides,
  }
}
