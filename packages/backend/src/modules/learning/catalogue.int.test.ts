import type { CourseDetail, CoursePage } from '@yektayar/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import { api, createCourse, enrol } from '../../../test/course-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

let t: TestApp
let author: SignedInUser
let learner: SignedInUser

beforeAll(async () => {
  t = await createTestApp()
  author = await createSignedInUser(t, 'admin')
  learner = await createSignedInUser(t, 'patient')
})
afterAll(() => t.close())

const list = (query: string, user: SignedInUser | undefined = learner) =>
  api<CoursePage>(t, user, 'GET', `/api/v1/courses${query}`)

const titlesOf = (page: CoursePage) => page.items.map((item) => item.title)

describe('searching the catalogue in Persian', () => {
  beforeAll(async () => {
    // Stored with Persian ی and ک and a ZWNJ; searched below with Arabic letters and spaces.
    await createCourse(t, author, {
      course: { title: 'مدیریت نگرانی‌ها', titleEn: 'Managing worry', tags: ['anxiety'] },
    })
    // Stored with Arabic ي and ك, Arabic-Indic digits; found with Persian letters and digits.
    await createCourse(t, author, {
      course: { title: 'خواب كافي در ٧ روز', titleEn: 'Enough sleep', tags: ['sleep'] },
    })
  })

  it.each([
    ['ي for ی and a space for the ZWNJ', 'نگراني ها', 'مدیریت نگرانی‌ها'],
    ['ك for ک', 'مديريت', 'مدیریت نگرانی‌ها'],
    ['ZWNJ for a space', 'نگرانی‌ها', 'مدیریت نگرانی‌ها'],
    ['Persian ی and ک against stored Arabic letters', 'خواب کافی', 'خواب كافي در ٧ روز'],
    ['Persian digits against Arabic-Indic ones', '۷ روز', 'خواب كافي در ٧ روز'],
    ['English, any case', 'WORRY', 'مدیریت نگرانی‌ها'],
  ])('matches %s', async (_case, q, title) => {
    const { status, body } = await list(`?q=${encodeURIComponent(q)}`)
    expect(status).toBe(200)
    expect(titlesOf(body)).toEqual([title])
  })

  it('finds nothing for a word no course has, and filters by tag', async () => {
    expect((await list(`?q=${encodeURIComponent('ورزش')}`)).body.items).toEqual([])
    expect(titlesOf((await list('?tags=sleep,nothing')).body)).toEqual(['خواب كافي در ٧ روز'])
  })
})

describe('filters and paging', () => {
  const made: string[] = []

  beforeAll(async () => {
    for (let i = 0; i < 7; i++) {
      const { course } = await createCourse(t, author, {
        course: {
          title: `صفحه ${i}`,
          tags: ['paging'],
          difficulty: i % 2 === 0 ? 'beginner' : 'advanced',
          priceIrr: i === 0 ? 5_000_000 : 0,
        },
        lessons: [{ kind: 'article', title: 'متن', durationSeconds: 60 * (i + 1), body: 'متن' }],
      })
      made.push(course.id)
    }
  })

  it('pages by keyset without repeating or skipping a course, newest publication first', async () => {
    const seen: string[] = []
    let cursor: string | null = ''
    while (cursor !== null) {
      const query: string = `?tags=paging&limit=3${cursor ? `&cursor=${cursor}` : ''}`
      const { status, body } = await list(query)
      expect(status).toBe(200)
      expect(body.items.length).toBeLessThanOrEqual(3)
      seen.push(...body.items.map((item) => item.id))
      cursor = body.nextCursor
    }
    expect(seen).toEqual([...made].reverse())
  })

  it('filters by difficulty, price and duration', async () => {
    const advanced = await list('?tags=paging&difficulty=advanced')
    expect(advanced.body.items.every((item) => item.difficulty === 'advanced')).toBe(true)
    expect(advanced.body.items).toHaveLength(3)
    expect((await list('?tags=paging&price=paid')).body.items.map((item) => item.id)).toEqual([
      made[0],
    ])
    const mid = await list('?tags=paging&minMinutes=3&maxMinutes=5')
    expect(mid.body.items.map((item) => item.durationMinutes).sort()).toEqual([3, 4, 5])
  })

  it('refuses a forged cursor, an unknown filter and drafts for a learner', async () => {
    expect((await list('?cursor=bm90LWEtY3Vyc29y')).status).toBe(400)
    expect((await list('?sort=price')).status).toBe(400)
    expect((await list('?tags=Not_A_Slug')).status).toBe(400)
    expect((await list('?includeDrafts=true')).status).toBe(403)
  })
})

describe('what the catalogue shows to whom', () => {
  let course: CourseDetail
  let draft: CourseDetail

  beforeAll(async () => {
    course = (await createCourse(t, author, { course: { title: 'تنفس آرام', tags: ['mine'] } }))
      .course
    draft = (await createCourse(t, author, { course: { tags: ['mine'] }, publish: false })).course
  })

  it('leaves unpublished courses out, except for authors asking for drafts', async () => {
    const ids = (await list('?tags=mine')).body.items.map((item) => item.id)
    expect(ids).toEqual([course.id])
    const drafts = await list('?tags=mine&includeDrafts=true', author)
    expect(drafts.body.items.map((item) => item.id)).toEqual([draft.id, course.id])
  })

  it('shows my progress on my row at once, even on the cached first page', async () => {
    const before = await list('')
    expect(before.body.items.find((item) => item.id === course.id)?.myEnrollment).toBeNull()
    const enrollmentId = await enrol(t, learner, course.id)
    const after = await list('')
    const row = after.body.items.find((item) => item.id === course.id)
    expect(row?.myEnrollment).toMatchObject({ id: enrollmentId, progress: 0, completedAt: null })
    const stranger = await createSignedInUser(t, 'patient')
    const theirs = await list('', stranger)
    expect(theirs.body.items.find((item) => item.id === course.id)?.myEnrollment).toBeNull()
  })

  it('answers people who are not signed in, without any enrolment', async () => {
    const { status, body } = await api<CoursePage>(t, undefined, 'GET', '/api/v1/courses?tags=mine')
    expect(status).toBe(200)
    expect(body.items.map((item) => [item.id, item.myEnrollment])).toEqual([[course.id, null]])
  })

  it('shows a newly published course on the cached first page at once', async () => {
    await list('')
    const { course: fresh } = await createCourse(t, author, { course: { title: 'تازه' } })
    expect((await list('')).body.items[0]?.id).toBe(fresh.id)
  })
})
