import { type Lesson, VIDEO_COMPLETE_RATIO } from '@yektayar/shared/types'
import { localizeDigits, useLanguage, useSignedUrl, useTranslation } from '@yektayar/ui'
import { useRef, useState } from 'react'
import { clockOf } from './clock.ts'
import type { ProgressReporter } from './use-progress-reporter.ts'

/** A jump larger than this between two time updates is a seek, not watching. */
const MAX_TICK_SECONDS = 2

export interface VideoLessonProps {
  lesson: Lesson & { video: NonNullable<Lesson['video']> }
  reporter: ProgressReporter
}

/**
 * The lesson's video from our files API (the browser asks for byte ranges as it plays), with
 * its Persian captions. It starts where the learner stopped, unless they had finished it, and
 * reports the furthest second watched in one go: skipping ahead is not watching, so a seek
 * past that point does not move it.
 */
export function VideoLesson({ lesson, reporter }: VideoLessonProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const saved = lesson.myProgress
  const resumeAt = saved && !saved.completed ? saved.positionSeconds : 0
  const watched = useRef({ furthest: resumeAt, last: resumeAt })
  const [resumed, setResumed] = useState(false)
  const completeAt = Math.ceil(lesson.durationSeconds * VIDEO_COMPLETE_RATIO)
  // In the Android app both are signed links; one that ends mid-lesson (a seek after its last
  // minutes) fails, and the video comes back on a new one where the viewer was.
  const videoLink = useSignedUrl(lesson.video.url)
  const captionsLink = useSignedUrl(lesson.captions?.url)
  const reloadAt = useRef<number | null>(null)

  const onTime = (video: HTMLVideoElement) => {
    const now = video.currentTime
    const state = watched.current
    const step = now - state.last
    state.last = now
    if (step <= 0 || step > MAX_TICK_SECONDS || now <= state.furthest) return
    if (now - state.furthest > MAX_TICK_SECONDS) return
    state.furthest = now
    // Reaching the 95% mark is worth saying at once: the lesson shows as done.
    reporter.report({ positionSeconds: now }, Math.floor(now) >= completeAt)
  }

  return (
    <div className="flex flex-col gap-2">
      {/* biome-ignore lint/a11y/useMediaCaption: the captions track is there whenever the author gave one */}
      <video
        controls
        preload="metadata"
        playsInline
        aria-label={t('courses.video.label')}
        className="aspect-video w-full rounded-2xl bg-ink"
        src={videoLink.url}
        // A captions track from another origin (the API, in the app) loads only through CORS.
        crossOrigin={captionsLink.signed ? 'anonymous' : undefined}
        onError={(event) => {
          reloadAt.current = event.currentTarget.currentTime
          videoLink.onError()
        }}
        onLoadedMetadata={(event) => {
          if (reloadAt.current !== null) {
            event.currentTarget.currentTime = reloadAt.current
            reloadAt.current = null
            return
          }
          if (resumeAt <= 0) return
          event.currentTarget.currentTime = resumeAt
          setResumed(true)
        }}
        onTimeUpdate={(event) => onTime(event.currentTarget)}
        onSeeked={(event) => {
          watched.current.last = event.currentTarget.currentTime
        }}
        onPause={() => reporter.report({ positionSeconds: watched.current.furthest }, true)}
        onEnded={(event) => {
          // The end reached by watching (not by a jump) counts as the whole video.
          const whole = event.currentTarget.duration
          if (whole - watched.current.furthest <= MAX_TICK_SECONDS * 2) {
            reporter.report({ positionSeconds: lesson.durationSeconds }, true)
          }
        }}
      >
        {lesson.captions && (
          <track
            kind="captions"
            src={captionsLink.url}
            onError={captionsLink.onError}
            srcLang="fa"
            label={t('courses.video.captions')}
            default
          />
        )}
      </video>
      <p role="status" className="min-h-6 text-sm text-ink-muted">
        {resumed &&
          t('courses.video.resumed', { time: localizeDigits(clockOf(resumeAt), language) })}
      </p>
    </div>
  )
}
