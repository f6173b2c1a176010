import {
  replaceSessionTypesBodySchema,
  updateProfessionalProfileBodySchema,
} from '@yektayar/shared'
import type {
  MyProfessionalProfile,
  ReplaceSessionTypesBody,
  SessionMode,
  UpdateProfessionalProfileBody,
} from '@yektayar/shared/types'
import { formatNumber, type Language, localizeDigits, toLatinDigits } from '@yektayar/ui'
import { z } from 'zod'

/** One session type as typed: numbers stay text (Persian digits allowed), the price in toman. */
export interface SessionTypeDraft {
  /** The stored type's id; none for a type added here. */
  id?: string
  nameFa: string
  nameEn: string
  duration: string
  mode: SessionMode
  priceToman: string
  isActive: boolean
}

export interface PracticeDraft {
  bioFa: string
  bioEn: string
  specialties: string[]
  approaches: string[]
  languages: string[]
  officeAddress: string
  roomUrl: string
  sessionTypes: SessionTypeDraft[]
}

/** The fields of PUT /professionals/me/profile this page edits. */
export type PracticeProfileBody = Required<
  Pick<
    UpdateProfessionalProfileBody,
    'bioFa' | 'bioEn' | 'specialties' | 'approaches' | 'languages' | 'officeAddress' | 'roomUrl'
  >
>

/** Both request bodies; a part is sent only when it changed. */
export interface PracticeInput {
  profile: PracticeProfileBody
  sessionTypes: ReplaceSessionTypesBody
}

/** Rials are what the API stores; people in Iran think in toman, a tenth of them. */
const RIALS_PER_TOMAN = 10

/** Digits as the reader types them; group separators and spaces are ignored. */
export function parseWholeNumber(typed: string): number | null {
  const latin = toLatinDigits(typed).replace(/[\s,\u066c\u060c]/g, '')
  return /^\d{1,13}$/.test(latin) ? Number(latin) : null
}

export function tomanToRials(typed: string): number | null {
  const toman = parseWholeNumber(typed)
  return toman === null ? null : toman * RIALS_PER_TOMAN
}

export const NEW_SESSION_TYPE: Omit<SessionTypeDraft, 'id'> = {
  nameFa: '',
  nameEn: '',
  duration: '50',
  mode: 'video',
  priceToman: '',
  isActive: true,
}

export function draftOf(profile: MyProfessionalProfile, language: Language): PracticeDraft {
  const digits = (value: number) => localizeDigits(String(value), language)
  return {
    bioFa: profile.bioFa,
    bioEn: profile.bioEn,
    specialties: profile.specialties,
    approaches: profile.approaches,
    languages: profile.languages,
    officeAddress: profile.officeAddress ?? '',
    roomUrl: profile.roomUrl ?? '',
    sessionTypes: profile.sessionTypes.map((type) => ({
      id: type.id,
      nameFa: type.nameFa,
      nameEn: type.nameEn,
      duration: digits(type.durationMinutes),
      mode: type.mode,
      // Grouped as people write prices (۱٬۲۰۰٬۰۰۰); the separators are ignored when read.
      priceToman: formatNumber(Math.round(type.priceIrr / RIALS_PER_TOMAN), language),
      isActive: type.isActive,
    })),
  }
}

export function profileBodyOf(draft: PracticeDraft): PracticeProfileBody {
  const address = draft.officeAddress.trim()
  const room = draft.roomUrl.trim()
  return {
    bioFa: draft.bioFa.trim(),
    bioEn: draft.bioEn.trim(),
    specialties: draft.specialties as PracticeProfileBody['specialties'],
    approaches: draft.approaches as PracticeProfileBody['approaches'],
    languages: draft.languages,
    officeAddress: address || null,
    roomUrl: room || null,
  }
}

export function sessionTypesBodyOf(draft: PracticeDraft): ReplaceSessionTypesBody {
  return {
    sessionTypes: draft.sessionTypes.map((type) => ({
      ...(type.id ? { id: type.id } : {}),
      nameFa: type.nameFa.trim(),
      nameEn: type.nameEn.trim(),
      durationMinutes: parseWholeNumber(type.duration) ?? Number.NaN,
      mode: type.mode,
      priceIrr: tomanToRials(type.priceToman) ?? Number.NaN,
      isActive: type.isActive,
    })),
  }
}

/** What each part holds in Latin digits: equal snapshots mean nothing to save. */
export function snapshotsOf(draft: PracticeDraft) {
  return {
    profile: JSON.stringify(profileBodyOf(draft)),
    sessionTypes: JSON.stringify(sessionTypesBodyOf(draft)),
  }
}

const profileFields = updateProfessionalProfileBodySchema.shape
const typeFields = replaceSessionTypesBodySchema.shape.sessionTypes.element.shape
const problem = (key: string) => `practiceProfile.problems.${key}`

type Issue = { path: (string | number)[]; message: string }

/** Each field checked by the server's own schema, with a message the reader can act on. */
function problemsOf(draft: PracticeDraft): Issue[] {
  const profile = profileBodyOf(draft)
  const issues: Issue[] = []
  const check = (ok: boolean, path: Issue['path'], key: string) => {
    if (!ok) issues.push({ path, message: problem(key) })
  }
  check(profileFields.bioFa.safeParse(profile.bioFa).success, ['bioFa'], 'bioTooLong')
  check(profileFields.bioEn.safeParse(profile.bioEn).success, ['bioEn'], 'bioTooLong')
  check(profile.languages.length > 0, ['languages'], 'languageNeeded')
  check(profileFields.roomUrl.safeParse(profile.roomUrl).success, ['roomUrl'], 'roomUrlHttps')
  check(
    profileFields.officeAddress.safeParse(profile.officeAddress).success,
    ['officeAddress'],
    'addressTooLong',
  )
  const types = sessionTypesBodyOf(draft).sessionTypes
  for (const [index, type] of types.entries()) {
    const at = (field: string) => ['sessionTypes', index, field]
    check(typeFields.nameFa.safeParse(type.nameFa).success, at('nameFa'), 'nameNeeded')
    check(typeFields.nameEn.safeParse(type.nameEn).success, at('nameEn'), 'nameNeeded')
    check(
      typeFields.durationMinutes.safeParse(type.durationMinutes).success,
      at('duration'),
      'duration',
    )
    check(typeFields.priceIrr.safeParse(type.priceIrr).success, at('priceToman'), 'price')
  }
  return issues
}

const bodiesSchema = z.object({
  profile: updateProfessionalProfileBodySchema
    .pick({
      bioFa: true,
      bioEn: true,
      specialties: true,
      approaches: true,
      languages: true,
      officeAddress: true,
      roomUrl: true,
    })
    .required(),
  sessionTypes: replaceSessionTypesBodySchema,
})

/** The draft as typed → both request bodies, through the server's own schemas. */
export const practiceFormSchema = z
  .custom<PracticeDraft>()
  .superRefine((draft, ctx) => {
    for (const issue of problemsOf(draft)) ctx.addIssue({ code: 'custom', ...issue })
  })
  .transform(
    (draft): z.input<typeof bodiesSchema> => ({
      profile: profileBodyOf(draft),
      sessionTypes: sessionTypesBodyOf(draft),
    }),
  )
  .pipe(bodiesSchema)

type TypeField = 'nameFa' | 'nameEn' | 'duration' | 'priceToman'
export type PracticeField =
  | 'bioFa'
  | 'bioEn'
  | 'languages'
  | 'officeAddress'
  | 'roomUrl'
  | `sessionTypes.${number}.${TypeField}`

/** Where the server's field errors go (`body.<field>` in problem+json `errors[]`). */
export function serverFieldsOf(draft: PracticeDraft): Record<string, PracticeField> {
  const fields: Record<string, PracticeField> = {
    'body.bioFa': 'bioFa',
    'body.bioEn': 'bioEn',
    'body.languages': 'languages',
    'body.officeAddress': 'officeAddress',
    'body.roomUrl': 'roomUrl',
  }
  for (const index of draft.sessionTypes.keys()) {
    const at = `body.sessionTypes.${index}`
    fields[`${at}.nameFa`] = `sessionTypes.${index}.nameFa`
    fields[`${at}.nameEn`] = `sessionTypes.${index}.nameEn`
    fields[`${at}.durationMinutes`] = `sessionTypes.${index}.duration`
    fields[`${at}.priceIrr`] = `sessionTypes.${index}.priceToman`
  }
  return fields
}
