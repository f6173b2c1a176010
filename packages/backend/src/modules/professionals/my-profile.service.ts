import type {
  AvailabilityRuleInput,
  CreateOverrideBody,
  ReplaceSessionTypesBody,
  UpdateProfessionalProfileBody,
} from '@yektayar/shared'
import type { Db } from '../../db/database.ts'
import { AppError } from '../../lib/app-error.ts'
import { isValidTimeZone, localDateOf, minutesOfDay } from './local-time.ts'
import {
  findProfileWithUser,
  listSessionTypes,
  ownedSessionTypeIds,
  type ProfileRow,
  replaceSessionTypes,
  upsertProfile,
} from './professional.repository.ts'
import { detailOf, overrideView, ruleView, sessionTypeView } from './professional-views.ts'
import {
  deleteOverride,
  insertOverride,
  listRules,
  listUpcomingOverrides,
  replaceRules,
} from './schedule.repository.ts'
import { forgetSchedule } from './schedule.service.ts'

/** The last review's request for changes, for the psychologist to act on; gone once verified. */
function reviewNoteOf(profile: ProfileRow) {
  return {
    rejectionReason: profile.isVerified ? null : profile.rejectionReason,
    reviewedAt: profile.reviewedAt?.toISOString() ?? null,
  }
}

/** The psychologist's own profile, with hours, overrides and inactive session types too. */
export async function getMyProfile(db: Db, userId: string, now = new Date()) {
  const found = await findProfileWithUser(db, userId)
  if (found?.userType !== 'psychologist') throw new AppError('NOT_FOUND', 'profile')
  const profile = found.profile ?? (await upsertProfile(db, userId, {}))
  const [types, rules, overrides] = await Promise.all([
    listSessionTypes(db, userId, { activeOnly: false }),
    listRules(db, [userId]),
    listUpcomingOverrides(db, userId, localDateOf(now.getTime(), profile.timeZone)),
  ])
  return {
    ...detailOf(found.userProfile, profile, types),
    sessionTypes: types.map(sessionTypeView),
    roomUrl: profile.roomUrl,
    ...reviewNoteOf(profile),
    rules: rules.map(ruleView),
    overrides: overrides.map(overrideView),
  }
}

/**
 * Psychologists edit everything but the verified flag. A new licence number withdraws the
 * verification, because what an admin checked is no longer what is shown.
 */
export async function updateMyProfile(db: Db, userId: string, body: UpdateProfessionalProfileBody) {
  await requirePsychologist(db, userId)
  if (body.timeZone !== undefined && !isValidTimeZone(body.timeZone)) {
    throw new AppError('INVALID_TIME_ZONE', body.timeZone)
  }
  const current = (await findProfileWithUser(db, userId))?.profile
  const licenceChanged =
    body.licenseNumber !== undefined && body.licenseNumber !== (current?.licenseNumber ?? null)
  const values: Partial<ProfileRow> = { ...body }
  if (licenceChanged)
    Object.assign(values, { isVerified: false, verifiedAt: null, verifiedBy: null })
  await upsertProfile(db, userId, values)
  forgetSchedule(userId)
  return getMyProfile(db, userId)
}

/** For files: the psychologist's photo, a public content-hashed URL the files module serves. */
export async function setMyPhotoUrl(db: Db, userId: string, url: string): Promise<void> {
  await requirePsychologist(db, userId)
  await upsertProfile(db, userId, { photoUrl: url })
  forgetSchedule(userId)
}

export async function replaceMySessionTypes(db: Db, userId: string, body: ReplaceSessionTypesBody) {
  await requireProfile(db, userId)
  const ids = body.sessionTypes.flatMap((t) => (t.id ? [t.id] : []))
  const owned = await ownedSessionTypeIds(db, userId, ids)
  if (ids.some((id) => !owned.has(id))) throw new AppError('NOT_FOUND', 'session type')
  await db.transaction((tx) => replaceSessionTypes(tx, userId, body.sessionTypes))
  forgetSchedule(userId)
  return getMyProfile(db, userId)
}

export async function replaceMyAvailability(
  db: Db,
  userId: string,
  rules: AvailabilityRuleInput[],
) {
  await requireProfile(db, userId)
  for (const [index, rule] of rules.entries()) assertWindow(rule, `body.rules.${index}`)
  await db.transaction((tx) => replaceRules(tx, userId, rules))
  forgetSchedule(userId)
  return getMyProfile(db, userId)
}

export async function addMyOverride(db: Db, userId: string, body: CreateOverrideBody) {
  await requireProfile(db, userId)
  if (body.start && body.end) assertWindow({ start: body.start, end: body.end }, 'body')
  const row = await insertOverride(db, {
    psychologistId: userId,
    overrideDate: body.date,
    kind: body.kind,
    startTime: body.start ?? null,
    endTime: body.end ?? null,
    note: body.note ?? null,
  })
  forgetSchedule(userId)
  return overrideView(row)
}

export async function removeMyOverride(db: Db, userId: string, overrideId: string) {
  if (!(await deleteOverride(db, userId, overrideId))) throw new AppError('NOT_FOUND', 'override')
  forgetSchedule(userId)
}

function assertWindow(window: { start: string; end: string }, path: string) {
  if (minutesOfDay(window.end) <= minutesOfDay(window.start)) {
    throw new AppError('VALIDATION_FAILED', 'window ends before it starts', {
      errors: [{ path, message: 'end must be after start' }],
    })
  }
}

async function requirePsychologist(db: Db, userId: string) {
  const found = await findProfileWithUser(db, userId)
  if (found?.userType !== 'psychologist') throw new AppError('NOT_FOUND', 'profile')
  return found
}

/** Rules and session types hang off the profile row; create a blank one on first use. */
async function requireProfile(db: Db, userId: string) {
  const found = await requirePsychologist(db, userId)
  if (!found.profile) await upsertProfile(db, userId, {})
}
