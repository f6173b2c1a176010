import type {
  SafetyAlertDetail,
  SafetyAlertPage,
  SafetyPlan,
  SafetyPlanSections,
} from '@yektayar/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import { api } from '../../../test/course-fixtures.ts'
import { addDepartmentStaff, createConfirmedAppointment } from '../../../test/messaging-fixtures.ts'
import { grantPermission } from '../../../test/safety-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

let t: TestApp
let patient: SignedInUser
let psychologist: SignedInUser
let otherPsychologist: SignedInUser
let responder: SignedInUser

beforeAll(async () => {
  t = await createTestApp()
  patient = await createSignedInUser(t, 'patient')
  psychologist = await createSignedInUser(t, 'psychologist')
  otherPsychologist = await createSignedInUser(t, 'psychologist')
  responder = await createSignedInUser(t, 'psychologist')
  await grantPermission(t, responder.id, 'safety.respond')
  await addDepartmentStaff(t, 'clinical', responder.id)
  await createConfirmedAppointment(t, patient.id, psychologist.id)
})
afterAll(() => t.close())

const sections = (overrides: Partial<SafetyPlanSections> = {}): SafetyPlanSections => ({
  warningSigns: ['بی‌خوابی چندشبه', 'فکرِ «همه بدون من راحت‌ترند»'],
  copingStrategies: ['تمرین تنفس ۴-۷-۸', 'دوش آب گرم'],
  peopleAndPlaces: ['پارک نزدیک خانه'],
  peopleToAsk: ['خواهرم سارا'],
  professionals: ['دکتر رضایی', '۱۲۳ اورژانس اجتماعی', '۱۴۸۰ صدای مشاور'],
  safeEnvironment: ['قرص‌ها پیش مادرم بماند'],
  reasonsToLive: ['گربه‌ام'],
  ...overrides,
})

describe('the safety plan', () => {
  it('starts empty and is written and read back by the patient', async () => {
    const empty = await api<SafetyPlan>(t, patient, 'GET', '/api/v1/safety/plan')
    expect(empty.body).toMatchObject({ updatedAt: null, sections: { warningSigns: [] } })
    const written = await api<SafetyPlan>(t, patient, 'PUT', '/api/v1/safety/plan', {
      sections: sections(),
    })
    expect(written.status).toBe(200)
    expect(written.body.sections.safeEnvironment).toEqual(['قرص‌ها پیش مادرم بماند'])
    expect(written.body.updatedBy?.id).toBe(patient.id)
  })

  it('is edited by the treating psychologist, audited, and refused to another psychologist', async () => {
    const path = `/api/v1/patients/${patient.id}/safety-plan`
    const edited = await api<SafetyPlan>(t, psychologist, 'PUT', path, {
      sections: sections({ copingStrategies: ['پیاده‌روی ده‌دقیقه‌ای'] }),
    })
    expect(edited.status).toBe(200)
    const mine = await api<SafetyPlan>(t, patient, 'GET', '/api/v1/safety/plan')
    expect(mine.body.sections.copingStrategies).toEqual(['پیاده‌روی ده‌دقیقه‌ای'])
    expect(mine.body.updatedBy?.id).toBe(psychologist.id)

    expect((await api(t, otherPsychologist, 'GET', path)).status).toBe(404)
    expect((await api(t, otherPsychologist, 'PUT', path, { sections: sections() })).status).toBe(
      404,
    )
    expect((await api(t, responder, 'GET', path)).status).toBe(200)
    expect((await api(t, responder, 'PUT', path, { sections: sections() })).status).toBe(404)
    const audits = await t.database.query<{ action: string; user_id: string }>(
      `SELECT action, user_id FROM audit_logs WHERE resource = 'safety_plan' AND resource_id = $1`,
      [patient.id],
    )
    expect(audits).toEqual(
      expect.arrayContaining([
        { action: 'safety.plan.update', user_id: psychologist.id },
        { action: 'safety.plan.view', user_id: responder.id },
      ]),
    )
  })

  it('refuses a section it does not know, too many items and empty items', async () => {
    const unknown = await api(t, patient, 'PUT', '/api/v1/safety/plan', {
      sections: { ...sections(), extra: ['x'] },
    })
    expect(unknown.status).toBe(400)
    const many = await api(t, patient, 'PUT', '/api/v1/safety/plan', {
      sections: sections({ warningSigns: Array.from({ length: 16 }, (_, i) => `نشانه ${i}`) }),
    })
    expect(many.status).toBe(400)
    const blank = await api(t, patient, 'PUT', '/api/v1/safety/plan', {
      sections: sections({ peopleToAsk: ['  '] }),
    })
    expect(blank.status).toBe(400)
  })
})

describe('are you safe right now, and talk to someone now', () => {
  it('answers yes with no alert when there is none', async () => {
    const { body } = await api(t, patient, 'POST', '/api/v1/safety/safe-now', { answer: 'yes' })
    expect(body).toEqual({ safety: { level: 'none', reasons: [] }, alertId: null })
  })

  it('raises an alert on "not sure", with the answer on it', async () => {
    const { body } = await api<{ alertId: string; safety: unknown }>(
      t,
      patient,
      'POST',
      '/api/v1/safety/safe-now',
      { answer: 'unsure' },
    )
    expect(body.safety).toEqual({ level: 'crisis', reasons: ['self_report_unsafe'] })
    const detail = await api<SafetyAlertDetail>(
      t,
      responder,
      'GET',
      `/api/v1/safety/alerts/${body.alertId}`,
    )
    expect(detail.body).toMatchObject({ safeNow: 'unsure', status: 'open' })
    expect(detail.body.triggers[0]?.source).toBe('check_in')
  })

  it('opens one clinical thread for the alert, which clinical staff answer', async () => {
    const first = await api<{ threadId: string; alertId: string }>(
      t,
      patient,
      'POST',
      '/api/v1/safety/talk-now',
    )
    expect(first.status).toBe(200)
    const again = await api<{ threadId: string }>(t, patient, 'POST', '/api/v1/safety/talk-now')
    expect(again.body.threadId).toBe(first.body.threadId)

    const alerts = await api<SafetyAlertPage>(t, responder, 'GET', '/api/v1/safety/alerts')
    const alert = alerts.body.items.find((item) => item.id === first.body.alertId)
    expect(alert?.threadId).toBe(first.body.threadId)
    const reply = await api(
      t,
      responder,
      'POST',
      `/api/v1/threads/${first.body.threadId}/messages`,
      {
        content: 'سلام، من این‌جا هستم. الان در امنیت هستید؟',
      },
    )
    expect(reply.status).toBe(201)
    const refused = await api(
      t,
      otherPsychologist,
      'GET',
      `/api/v1/threads/${first.body.threadId}/messages`,
    )
    expect(refused.status).toBe(404)
  })

  it('refuses an answer it does not know', async () => {
    const { status } = await api(t, patient, 'POST', '/api/v1/safety/safe-now', { answer: 'maybe' })
    expect(status).toBe(400)
  })
})
