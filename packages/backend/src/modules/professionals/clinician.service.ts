import type {
  ClinicianDetail,
  ClinicianListQuery,
  ClinicianPage,
  UpdateClinicianListingBody,
} from '@yektayar/shared'
import type { Db } from '../../db/database.ts'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { decodeCursor, encodeCursor } from '../../lib/cursor.ts'
import type { RequestMeta } from '../../lib/request-meta.ts'
import { recordAudit } from '../audit/audit.service.ts'
import {
  type ListingValues,
  listClinicianRows,
  setSessionTypesActive,
  writeListing,
} from './clinician.repository.ts'
import { auditedListing, reviewOf } from './clinician-views.ts'
import { personNameOf } from './person-name.ts'
import {
  findProfileWithUser,
  listSessionTypes,
  ownedSessionTypeIds,
} from './professional.repository.ts'
import { detailOf, sessionTypeView } from './professional-views.ts'
import { forgetSchedule } from './schedule.service.ts'

const missing = () => new AppError('NOT_FOUND', 'professional')

/** The verification queue (`awaiting`, oldest first) or every psychologist, page by page. */
export async function listClinicians(db: Db, query: ClinicianListQuery): Promise<ClinicianPage> {
  const after = query.cursor ? decodeCursor(query.cursor) : undefined
  const rows = await listClinicianRows(db, { status: query.status, after, limit: query.limit })
  const page = rows.slice(0, query.limit)
  const last = page.at(-1)?.profile
  return {
    items: page.map(({ profile, userProfile }) => ({
      id: profile.userId,
      name: personNameOf(userProfile),
      photoUrl: profile.photoUrl,
      licenseNumber: profile.licenseNumber,
      isListed: profile.isListed,
      submittedAt: profile.createdAt.toISOString(),
      updatedAt: profile.updatedAt.toISOString(),
      review: reviewOf(profile),
    })),
    nextCursor:
      rows.length > query.limit && last ? encodeCursor(last.createdAt, last.userId) : null,
  }
}

/** What a verifier reviews: the profile as patients would see it, every session type, the review. */
export async function getClinician(db: Db, id: string): Promise<ClinicianDetail> {
  const found = await findProfileWithUser(db, id)
  if (!found?.profile || found.userType !== 'psychologist') throw missing()
  const types = await listSessionTypes(db, id, { activeOnly: false })
  return {
    ...detailOf(found.userProfile, found.profile, types),
    sessionTypes: types.map(sessionTypeView),
    isListed: found.profile.isListed,
    isActive: found.isActive,
    submittedAt: found.profile.createdAt.toISOString(),
    updatedAt: found.profile.updatedAt.toISOString(),
    review: reviewOf(found.profile),
  }
}

/**
 * A verifier's edit of a listing, in one transaction with its audit row (before and after).
 * Session types named must be this psychologist's; a foreign id is NOT_FOUND and changes nothing.
 */
export async function updateClinicianListing(
  db: Db,
  actor: AuthContext,
  target: { id: string; body: UpdateClinicianListingBody; meta: RequestMeta },
): Promise<ClinicianDetail> {
  const { id, body, meta } = target
  const { sessionTypes: typeChanges, ...listing } = body
  await db.transaction(async (tx) => {
    const found = await findProfileWithUser(tx, id)
    if (!found?.profile || found.userType !== 'psychologist') throw missing()
    const before = auditedListing(found.profile)
    const after = await writeListing(tx, id, listing satisfies ListingValues)
    if (!after) throw missing()
    const typesBefore = await listSessionTypes(tx, id, { activeOnly: false })
    if (typeChanges?.length) {
      const owned = await ownedSessionTypeIds(
        tx,
        id,
        typeChanges.map((change) => change.id),
      )
      if (typeChanges.some((change) => !owned.has(change.id))) {
        throw new AppError('NOT_FOUND', 'session type')
      }
      await setSessionTypesActive(tx, id, typeChanges)
    }
    const activeOf = (types: typeof typesBefore) =>
      types.filter((type) => type.isActive).map((type) => type.id)
    const typesAfter = typeChanges?.length
      ? await listSessionTypes(tx, id, { activeOnly: false })
      : typesBefore
    await recordAudit(tx, {
      userId: actor.userId,
      action: 'professional.listing.update',
      resource: 'psychologist_profile',
      resourceId: id,
      changes: {
        before: { ...before, activeSessionTypes: activeOf(typesBefore) },
        after: { ...auditedListing(after), activeSessionTypes: activeOf(typesAfter) },
      },
      ip: meta.ip,
      userAgent: meta.userAgent,
    })
  })
  forgetSchedule(id)
  return getClinician(db, id)
}
