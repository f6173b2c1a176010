import type {
  CourseBrief,
  CourseContentType,
  CourseSummary,
  Enrollment,
  EnrollmentBrief,
  LessonProgress,
} from '@yektayar/shared'
import type { CatalogueRow } from './catalogue.repository.ts'
import type { CourseRow } from './course.repository.ts'
import type { EnrollmentRow } from './enrollment.repository.ts'
import type { CourseBriefColumns, EnrollmentColumns } from './my-courses.repository.ts'
import type { LessonProgressRow } from './progress.repository.ts'

// Row shapes to API shapes. Raw queries answer times as ISO text already (isoOf) and BIGINT
// rials as text on node-postgres, hence the Number().

const iso = (at: Date | null | undefined) => at?.toISOString() ?? null

/** My enrolment as raw catalogue-style columns show it (`e_*`), or null when there is none. */
export function enrollmentBriefOf(row: {
  e_id: string | null
  e_progress: number | null
  e_started_at: string | null
  e_completed_at: string | null
  e_last_activity_at: string | null
}): EnrollmentBrief | null {
  if (!row.e_id) return null
  return {
    id: row.e_id,
    progress: row.e_progress ?? 0,
    startedAt: row.e_started_at ?? '',
    completedAt: row.e_completed_at,
    lastActivityAt: row.e_last_activity_at ?? '',
  }
}

export function catalogueItemOf(row: CatalogueRow): CourseSummary {
  return {
    id: row.id,
    title: row.title,
    titleEn: row.title_en,
    description: row.description,
    descriptionEn: row.description_en,
    thumbnailUrl: row.thumbnail_url,
    contentType: row.content_type,
    difficulty: row.difficulty,
    durationMinutes: row.duration_minutes ?? 0,
    tags: row.tags ?? [],
    priceIrr: Number(row.price_irr),
    lessonCount: row.lesson_count,
    isPublished: row.is_published === true,
    publishedAt: row.published_at,
    myEnrollment: enrollmentBriefOf(row),
  }
}

/** A course row (Drizzle) as a summary, given what the catalogue adds to it. */
export function courseSummaryOf(
  row: CourseRow,
  extra: { lessonCount: number; myEnrollment: EnrollmentBrief | null },
): CourseSummary {
  return {
    id: row.id,
    title: row.title,
    titleEn: row.titleEn,
    description: row.description,
    descriptionEn: row.descriptionEn,
    thumbnailUrl: row.thumbnailUrl,
    contentType: row.contentType as CourseSummary['contentType'],
    difficulty: row.difficulty as CourseSummary['difficulty'],
    durationMinutes: row.durationMinutes ?? 0,
    tags: row.tags ?? [],
    priceIrr: row.priceIrr,
    isPublished: row.isPublished === true,
    publishedAt: iso(row.publishedAt),
    ...extra,
  }
}

export function enrollmentOf(row: EnrollmentRow): Enrollment {
  return {
    id: row.id,
    courseId: row.courseId ?? '',
    progress: row.progress ?? 0,
    startedAt: iso(row.startedAt) ?? '',
    completedAt: iso(row.completedAt),
    lastActivityAt: row.lastActivityAt.toISOString(),
    lastLessonId: row.lastLessonId,
    sharedWithPsychologist: row.sharedWithPsychologist,
  }
}

/** An enrolment from raw `e_*` columns (lists that join it). */
export function enrollmentOfColumns(row: EnrollmentColumns): Enrollment {
  return {
    id: row.e_id,
    courseId: row.e_course_id,
    progress: row.e_progress,
    startedAt: row.e_started_at,
    completedAt: row.e_completed_at,
    lastActivityAt: row.e_last_activity_at,
    lastLessonId: row.e_last_lesson_id,
    sharedWithPsychologist: row.e_shared,
  }
}

export function courseBriefOf(row: CourseBriefColumns): CourseBrief {
  return {
    id: row.c_id,
    title: row.c_title,
    titleEn: row.c_title_en,
    thumbnailUrl: row.c_thumbnail_url,
    contentType: row.c_content_type as CourseContentType | null,
    durationMinutes: row.c_duration_minutes ?? 0,
    priceIrr: Number(row.c_price_irr),
    lessonCount: row.c_lesson_count,
  }
}

export function lessonProgressOf(row: LessonProgressRow): LessonProgress {
  return {
    lessonId: row.lessonId,
    positionSeconds: row.positionSeconds,
    completed: row.completed,
    completedAt: iso(row.completedAt),
    timeSpentSeconds: row.timeSpentSeconds,
    updatedAt: row.updatedAt.toISOString(),
  }
}
