import { useQueryClient } from '@tanstack/react-query'
import type { LessonProgress } from '@yektayar/shared/types'
import { useCallback, useEffect, useRef } from 'react'
import { applyProgress, sendProgress } from '../api/progress.ts'

/** A video's position is sent at most this often while it plays (and at once on pause or end). */
export const REPORT_EVERY_MS = 15_000

export interface ProgressReporterOptions {
  courseId: string
  /** Null when the reader is not enrolled: nothing is sent. */
  enrollmentId: string | null
  lessonId: string
  saved: LessonProgress | null
}

export interface ProgressReporter {
  /** A step forward: a further position, or the lesson done. Sent now or with the next report. */
  report(step: { positionSeconds?: number; completed?: boolean }, now?: boolean): void
}

interface Sent {
  positionSeconds: number
  completed: boolean
  timeSpentSeconds: number
}

/**
 * Reports a learner's progress in one lesson, only ever forward: a position below the furthest
 * already sent (a seek back, a replay) is never sent, nor is anything already saved. Time on
 * the lesson is counted while the page is visible and sent as a running total with each report,
 * and once more when the learner leaves (by link, tab close or app switch).
 */
export function useProgressReporter(options: ProgressReporterOptions): ProgressReporter {
  const { courseId, enrollmentId, lessonId, saved } = options
  const client = useQueryClient()
  const state = useRef({
    sent: {
      positionSeconds: saved?.positionSeconds ?? 0,
      completed: saved?.completed ?? false,
      timeSpentSeconds: saved?.timeSpentSeconds ?? 0,
    } satisfies Sent,
    pending: { positionSeconds: 0, completed: false },
    lastSentAt: 0,
    visibleSince: null as number | null,
    visibleMs: 0,
  })

  const timeSpent = useCallback(() => {
    const { visibleSince, visibleMs, sent } = state.current
    const running = visibleSince === null ? 0 : Date.now() - visibleSince
    return Math.min(86_400, sent.timeSpentSeconds + Math.floor((visibleMs + running) / 1000))
  }, [])

  const flush = useCallback(
    (keepalive: boolean) => {
      if (!enrollmentId) return
      const { sent, pending } = state.current
      const body = {
        lessonId,
        ...(pending.positionSeconds > sent.positionSeconds
          ? { positionSeconds: pending.positionSeconds }
          : {}),
        ...(pending.completed && !sent.completed ? { completed: true } : {}),
      }
      const time = timeSpent()
      const moved = Object.keys(body).length > 1
      if (!moved && (!keepalive || time <= sent.timeSpentSeconds)) return
      state.current.sent = {
        positionSeconds: Math.max(sent.positionSeconds, pending.positionSeconds),
        completed: sent.completed || pending.completed,
        timeSpentSeconds: Math.max(sent.timeSpentSeconds, time),
      }
      state.current.lastSentAt = Date.now()
      sendProgress(enrollmentId, { ...body, timeSpentSeconds: time }, keepalive)
        .then((answer) => applyProgress(client, courseId, answer))
        // A report lost on the way is made good by the next one: each carries the furthest.
        .catch(() => {})
    },
    [client, courseId, enrollmentId, lessonId, timeSpent],
  )

  const report = useCallback<ProgressReporter['report']>(
    (step, now = false) => {
      const { pending } = state.current
      if (step.positionSeconds !== undefined) {
        pending.positionSeconds = Math.max(
          pending.positionSeconds,
          Math.floor(step.positionSeconds),
        )
      }
      if (step.completed) pending.completed = true
      if (now || Date.now() - state.current.lastSentAt >= REPORT_EVERY_MS) flush(false)
    },
    [flush],
  )

  useEffect(() => {
    const current = state.current
    const onVisibility = () => {
      if (document.visibilityState === 'visible') {
        current.visibleSince ??= Date.now()
        return
      }
      if (current.visibleSince !== null) current.visibleMs += Date.now() - current.visibleSince
      current.visibleSince = null
      flush(true)
    }
    current.lastSentAt = Date.now()
    if (document.visibilityState === 'visible') current.visibleSince = Date.now()
    document.addEventListener('visibilitychange', onVisibility)
    const onHide = () => flush(true)
    window.addEventListener('pagehide', onHide)
    return () => {
      document.removeEventListener('visibilitychange', onVisibility)
      window.removeEventListener('pagehide', onHide)
      flush(true)
    }
  }, [flush])

  return { report }
}
