import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  type CourseDetail,
  type CoursePage,
  exerciseDefinitionSchema,
  findUnsafeMarkdown,
} from '@yektayar/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signInThroughApi } from '../../test/auth-fixtures.ts'
import { CAPTIONS_VTT, TINY_MP4 } from '../../test/course-fixtures.ts'
import { createTestApp, type TestApp } from '../../test/test-app.ts'
import { createFileStorage } from '../integrations/storage/create-file-storage.ts'
import { DEMO_ACCOUNTS } from './demo-accounts.ts'
import { DEMO_COURSES, seedDemoCourses } from './seed-demo-courses.ts'
import { seedDemoData } from './seed-demo-data.ts'

const patientPhone = DEMO_ACCOUNTS.find((account) => account.type === 'patient')?.phone ?? ''

describe('the demo courses as written', () => {
  it('are four, each of 3 to 6 lessons with English titles, safe Markdown and valid exercises', () => {
    expect(DEMO_COURSES).toHaveLength(4)
    for (const course of DEMO_COURSES) {
      expect(course.titleEn).not.toBe('')
      expect(course.lessons.length).toBeGreaterThanOrEqual(3)
      expect(course.lessons.length).toBeLessThanOrEqual(6)
      for (const lesson of course.lessons) {
        const bodies = lesson.kind === 'video' ? [lesson.body, lesson.fallback.body] : [lesson.body]
        for (const body of bodies) expect(findUnsafeMarkdown(body)).toEqual([])
        expect(lesson.titleEn).not.toBe('')
        if (lesson.kind === 'exercise') exerciseDefinitionSchema.parse(lesson.exercise)
      }
    }
    const kinds = new Set(DEMO_COURSES.flatMap((course) => course.lessons.map((l) => l.kind)))
    expect(kinds).toEqual(new Set(['article', 'exercise', 'video']))
  })
})

describe('seeding without the video', () => {
  let t: TestApp

  beforeAll(async () => {
    t = await createTestApp()
    await seedDemoData(t.database, t.config.care.notesKeys)
    await seedDemoData(t.database, t.config.care.notesKeys)
  })
  afterAll(() => t.close())

  it('publishes the four courses once, by the demo admin, reviewed by a demo psychologist', async () => {
    const patient = await signInThroughApi(t, patientPhone)
    const page = await t.app.inject({ url: '/api/v1/courses', headers: patient.headers })
    const { items } = page.json() as CoursePage
    expect(items.map((item) => item.titleEn)).toEqual(DEMO_COURSES.map((course) => course.titleEn))
    expect(items.every((item) => item.priceIrr === 0 && item.durationMinutes > 0)).toBe(true)
    const breathing = items.find((item) => item.titleEn === 'Breathing and grounding')
    const detail = (
      await t.app.inject({ url: `/api/v1/courses/${breathing?.id}`, headers: patient.headers })
    ).json() as CourseDetail
    expect(detail.author?.name.en).toBe('Admin YektaYar')
    expect(detail.reviewer?.name.en).toBe('Maryam Ahmadi')
    // The video's slot is empty in this test: its lesson is the article with the same steps.
    expect(detail.lessons[0]).toMatchObject({ kind: 'article', title: 'تنفس آرام، گام‌به‌گام' })
  })
})

describe('seeding with the video in its slot', () => {
  let t: TestApp
  let dataDir: string
  let mediaDir: string

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'yy-demo-courses-'))
    mediaDir = await mkdtemp(join(tmpdir(), 'yy-demo-media-'))
    await writeFile(join(mediaDir, 'breathing-guide.mp4'), TINY_MP4)
    await writeFile(join(mediaDir, 'breathing-guide.fa.vtt'), CAPTIONS_VTT)
    t = await createTestApp({ env: { DATA_DIR: dataDir } })
    await seedDemoData(t.database, t.config.care.notesKeys)
  })
  afterAll(async () => {
    await t?.close()
    await rm(dataDir, { recursive: true, force: true })
    await rm(mediaDir, { recursive: true, force: true })
  })

  it('seeds the video lesson with its captions, which learners can play', async () => {
    await t.database.query(`DELETE FROM config WHERE key = 'demo.courses.seeded'`)
    await t.database.query('DELETE FROM courses')
    await seedDemoCourses(t.database, createFileStorage(t.config.files.storage), mediaDir)
    const patient = await signInThroughApi(t, patientPhone)
    const { items } = (
      await t.app.inject({ url: '/api/v1/courses?q=grounding', headers: patient.headers })
    ).json() as CoursePage
    const detail = (
      await t.app.inject({ url: `/api/v1/courses/${items[0]?.id}`, headers: patient.headers })
    ).json() as CourseDetail
    const video = detail.lessons[0]
    expect(video).toMatchObject({ kind: 'video', durationSeconds: 90 })
    const played = await t.app.inject({ url: video?.video?.url ?? '', headers: patient.headers })
    expect(played.statusCode).toBe(200)
    expect(played.rawPayload.equals(TINY_MP4)).toBe(true)
    const captions = await t.app.inject({
      url: video?.captions?.url ?? '',
      headers: patient.headers,
    })
    expect(captions.body).toContain('WEBVTT')
  })
})
