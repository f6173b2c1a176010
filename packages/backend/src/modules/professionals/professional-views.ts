import type { SessionMode } from '@yektayar/shared'
import { AppError } from '../../lib/app-error.ts'
import type { DirectoryRow, DirectorySort } from './directory.repository.ts'
import { formatWallClock } from './local-time.ts'
import { personNameOf } from './person-name.ts'
import type { ProfileRow, SessionTypeRow } from './professional.repository.ts'
import type { OverrideRow, RuleRow } from './schedule.repository.ts'
import { policyOf } from './schedule.service.ts'

type Gender = 'female' | 'male' | 'other'

export function summaryOf(row: DirectoryRow) {
  return {
    id: row.id,
    name: personNameOf(row.userProfile),
    photoUrl: row.photoUrl,
    gender: row.gender as Gender | null,
    yearsOfExperience: row.yearsOfExperience,
    specialties: row.specialties,
    approaches: row.approaches,
    languages: row.languages,
    isVerified: row.isVerified,
    modes: row.modes as SessionMode[],
    minPriceIrr: row.minPriceIrr,
  }
}

export function sessionTypeView(row: SessionTypeRow) {
  return {
    id: row.id,
    nameFa: row.nameFa,
    nameEn: row.nameEn,
    durationMinutes: row.durationMinutes,
    mode: row.mode as SessionMode,
    priceIrr: row.priceIrr,
    isActive: row.isActive,
  }
}

/** The public profile: what a patient choosing a psychologist may see. */
export function detailOf(userProfile: unknown, profile: ProfileRow, types: SessionTypeRow[]) {
  const active = types.filter((t) => t.isActive)
  const prices = active.map((t) => t.priceIrr)
  return {
    id: profile.userId,
    name: personNameOf(userProfile),
    photoUrl: profile.photoUrl,
    gender: profile.gender as Gender | null,
    yearsOfExperience: profile.yearsOfExperience,
    specialties: profile.specialties,
    approaches: profile.approaches,
    languages: profile.languages,
    isVerified: profile.isVerified,
    modes: [...new Set(active.map((t) => t.mode as SessionMode))].sort(),
    minPriceIrr: prices.length ? Math.min(...prices) : null,
    bioFa: profile.bioFa,
    bioEn: profile.bioEn,
    licenseNumber: profile.licenseNumber,
    officeAddress: profile.officeAddress,
    sessionTypes: active.map(sessionTypeView),
    policy: policyOf(profile),
  }
}

export function ruleView(row: RuleRow) {
  return {
    weekday: row.weekday,
    start: formatWallClock(row.startTime),
    end: formatWallClock(row.endTime),
  }
}

export function overrideView(row: OverrideRow) {
  return {
    id: row.id,
    date: row.overrideDate,
    kind: row.kind as 'unavailable' | 'available',
    start: row.startTime ? formatWallClock(row.startTime) : null,
    end: row.endTime ? formatWallClock(row.endTime) : null,
    note: row.note,
  }
}

/** Opaque to clients: the sort it belongs to, the sort value and the id of the last row. */
export function encodeDirectoryCursor(sort: DirectorySort, value: number, id: string): string {
  return Buffer.from(`${sort}|${value}|${id}`, 'utf8').toString('base64url')
}

export function decodeDirectoryCursor(
  cursor: string,
  sort: DirectorySort,
): { value: number; id: string } {
  const [cursorSort, value, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|')
  if (
    cursorSort !== sort ||
    !id ||
    !/^[0-9a-f-]{36}$/i.test(id) ||
    !Number.isFinite(Number(value))
  ) {
    throw new AppError('VALIDATION_FAILED', 'bad cursor', {
      errors: [{ path: 'querystring.cursor', message: 'invalid cursor' }],
    })
  }
  return { value: Number(value), id }
}
