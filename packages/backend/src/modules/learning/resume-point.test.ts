import { describe, expect, it } from 'vitest'
import { resumePointOf } from './resume-point.ts'

const lessons = [
  { id: 'a', position: 1 },
  { id: 'b', position: 2 },
  { id: 'c', position: 3 },
]
const done = { completed: true, positionSeconds: 0 }

describe('resumePointOf', () => {
  it('starts at the first lesson of a course not begun', () => {
    expect(resumePointOf(lessons, new Map(), null)).toEqual({ lessonId: 'a', positionSeconds: 0 })
  })

  it('goes back to an unfinished video at its position', () => {
    const progress = new Map([['b', { completed: false, positionSeconds: 42 }]])
    expect(resumePointOf(lessons, progress, 'b')).toEqual({ lessonId: 'b', positionSeconds: 42 })
  })

  it('moves on from the last finished lesson, then wraps to what was skipped', () => {
    const progress = new Map([['b', done]])
    expect(resumePointOf(lessons, progress, 'b')?.lessonId).toBe('c')
    const later = new Map([
      ['b', done],
      ['c', done],
    ])
    expect(resumePointOf(lessons, later, 'c')?.lessonId).toBe('a')
  })

  it('has nowhere to go when every lesson is done', () => {
    const all = new Map(lessons.map((lesson) => [lesson.id, done]))
    expect(resumePointOf(lessons, all, 'c')).toBeNull()
  })
})
