import type { AssessmentDetail, ItemAnswer, SubmitAssessmentResponse } from '@yektayar/shared'
import type { SignedInUser } from './auth-fixtures.ts'
import { api } from './course-fixtures.ts'
import type { TestApp } from './test-app.ts'

/** Every item of an instrument answered with the values given in order (the last repeats). */
export function answersFor(
  detail: Pick<AssessmentDetail, 'items'>,
  values: number[],
): ItemAnswer[] {
  return detail.items.map((item, index) => ({
    itemId: item.id,
    value: values[Math.min(index, values.length - 1)] ?? 0,
  }))
}

export async function instrument(t: TestApp, user: SignedInUser, slug: string) {
  const { status, body } = await api<AssessmentDetail>(
    t,
    user,
    'GET',
    `/api/v1/assessments/${slug}`,
  )
  if (status !== 200) throw new Error(`GET ${slug}: ${status}`)
  return body
}

/** Submits an instrument with the values given; answers the response body. */
export async function submit(
  t: TestApp,
  user: SignedInUser,
  slug: string,
  values: number[],
  note?: string,
): Promise<SubmitAssessmentResponse> {
  const detail = await instrument(t, user, slug)
  const { status, body } = await api<SubmitAssessmentResponse>(
    t,
    user,
    'POST',
    `/api/v1/assessments/${slug}/submit`,
    { answers: answersFor(detail, values), ...(note ? { note } : {}) },
  )
  if (status !== 201) throw new Error(`submit ${slug}: ${status} ${JSON.stringify(body)}`)
  return body
}
