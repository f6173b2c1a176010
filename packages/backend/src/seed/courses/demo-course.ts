import type { CourseContentType, CourseDifficulty, ExerciseDefinition } from '@yektayar/shared'

/** A demo lesson: an article, an exercise, or the video slot (demo-course-media.ts). */
export type DemoLesson =
  | { kind: 'article'; title: string; titleEn: string; minutes: number; body: string }
  | {
      kind: 'exercise'
      title: string
      titleEn: string
      minutes: number
      body: string
      exercise: ExerciseDefinition
    }
  | {
      kind: 'video'
      title: string
      titleEn: string
      /** The video's own length, in seconds (completion is 95% of it). */
      seconds: number
      body: string
      /** Seeded as this article while the video file is not in seed/media/. */
      fallback: { title: string; titleEn: string; minutes: number; body: string }
    }

export interface DemoCourse {
  title: string
  titleEn: string
  description: string
  descriptionEn: string
  contentType: CourseContentType
  difficulty: CourseDifficulty
  tags: string[]
  lessons: DemoLesson[]
}

/** Said where a course touches on distress: whom to call in Iran, at once. */
export const CRISIS_NOTE =
  '> اگر فکر آسیب زدن به خود یا دیگران به سرتان می‌آید، همین حالا با **۱۲۳** (اورژانس اجتماعی) یا **۱۴۸۰** (صدای مشاور) تماس بگیرید؛ در خطر فوری با **۱۱۵** تماس بگیرید.'

/** Said once per course: what a course is and is not. */
export const NOT_TREATMENT_NOTE =
  'این درس‌ها برای آشنایی و تمرین‌اند و جای ارزیابی و درمان با روان‌شناس یا پزشک را نمی‌گیرند. اگر مشکلی چند هفته ادامه دارد یا زندگی روزمره‌تان را مختل کرده، با یک متخصص صحبت کنید.'
