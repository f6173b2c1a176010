import { sql } from 'drizzle-orm'
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  smallint,
  text,
  time,
  unique,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core'
import { cascadingRef, createdAtColumn, idColumn, instant, updatedAtColumn } from './columns.ts'
import { users } from './users.ts'

const createdAt = () => createdAtColumn().notNull()
const updatedAt = () => updatedAtColumn().notNull()

/** A psychologist's public profile and booking policy; one row per psychologist user. */
export const psychologistProfiles = pgTable(
  'psychologist_profiles',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    photoUrl: varchar('photo_url', { length: 500 }),
    bioFa: text('bio_fa').notNull().default(''),
    bioEn: text('bio_en').notNull().default(''),
    specialties: text('specialties').array().notNull().default(sql`'{}'`),
    approaches: text('approaches').array().notNull().default(sql`'{}'`),
    languages: text('languages').array().notNull().default(sql`'{fa}'`),
    gender: varchar('gender', { length: 10 }),
    yearsOfExperience: integer('years_of_experience').notNull().default(0),
    licenseNumber: varchar('license_number', { length: 50 }),
    timeZone: varchar('time_zone', { length: 64 }).notNull().default('Asia/Tehran'),
    minNoticeMinutes: integer('min_notice_minutes').notNull().default(240),
    bookingHorizonDays: integer('booking_horizon_days').notNull().default(60),
    bufferBeforeMinutes: integer('buffer_before_minutes').notNull().default(0),
    bufferAfterMinutes: integer('buffer_after_minutes').notNull().default(10),
    slotStepMinutes: integer('slot_step_minutes').notNull().default(30),
    blockHolidays: boolean('block_holidays').notNull().default(false),
    roomUrl: varchar('room_url', { length: 500 }),
    officeAddress: varchar('office_address', { length: 300 }),
    isVerified: boolean('is_verified').notNull().default(false),
    verifiedAt: instant('verified_at'),
    verifiedBy: uuid('verified_by').references(() => users.id, { onDelete: 'set null' }),
    // Migration 1040: the last verification review; a rejection's reason stays until the next.
    rejectionReason: text('rejection_reason'),
    reviewedAt: instant('reviewed_at'),
    reviewedBy: uuid('reviewed_by').references(() => users.id, { onDelete: 'set null' }),
    /** Verifiers may take a verified profile out of the directory without unverifying it. */
    isListed: boolean('is_listed').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('psychologist_profiles_gender_check', sql`${t.gender} IN ('female', 'male', 'other')`),
    check('psychologist_profiles_years_check', sql`${t.yearsOfExperience} BETWEEN 0 AND 70`),
    check(
      'psychologist_profiles_rejection_check',
      sql`NOT (${t.isVerified} AND ${t.rejectionReason} IS NOT NULL)`,
    ),
    index('idx_psychologist_profiles_verified').on(t.isVerified, t.yearsOfExperience),
    index('idx_psychologist_profiles_specialties').using('gin', t.specialties),
  ],
)

export const sessionTypes = pgTable(
  'session_types',
  {
    id: idColumn(),
    psychologistId: cascadingRef('psychologist_id', () => users.id),
    nameFa: varchar('name_fa', { length: 100 }).notNull(),
    nameEn: varchar('name_en', { length: 100 }).notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    mode: varchar('mode', { length: 20 }).notNull(),
    priceIrr: bigint('price_irr', { mode: 'number' }).notNull(),
    isActive: boolean('is_active').notNull().default(true),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('session_types_mode_check', sql`${t.mode} IN ('video', 'phone', 'in_person', 'text')`),
    check('session_types_duration_check', sql`${t.durationMinutes} BETWEEN 10 AND 240`),
    check('session_types_price_check', sql`${t.priceIrr} >= 0`),
    index('idx_session_types_psychologist_id').on(t.psychologistId, t.isActive),
  ],
)

export const availabilityRules = pgTable(
  'availability_rules',
  {
    id: idColumn(),
    psychologistId: cascadingRef('psychologist_id', () => users.id),
    weekday: smallint('weekday').notNull(),
    startTime: time('start_time').notNull(),
    endTime: time('end_time').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    check('availability_rules_weekday_check', sql`${t.weekday} BETWEEN 1 AND 7`),
    check('availability_rules_window_check', sql`${t.endTime} > ${t.startTime}`),
    index('idx_availability_rules_psychologist_id').on(t.psychologistId),
  ],
)

export const availabilityOverrides = pgTable(
  'availability_overrides',
  {
    id: idColumn(),
    psychologistId: cascadingRef('psychologist_id', () => users.id),
    overrideDate: date('override_date', { mode: 'string' }).notNull(),
    kind: varchar('kind', { length: 20 }).notNull(),
    startTime: time('start_time'),
    endTime: time('end_time'),
    note: varchar('note', { length: 200 }),
    createdAt: createdAt(),
  },
  (t) => [
    check('availability_overrides_kind_check', sql`${t.kind} IN ('unavailable', 'available')`),
    index('idx_availability_overrides_psychologist_date').on(t.psychologistId, t.overrideDate),
  ],
)

export const holidays = pgTable(
  'holidays',
  {
    id: idColumn(),
    holidayDate: date('holiday_date', { mode: 'string' }).notNull(),
    solarHijriYear: integer('solar_hijri_year').notNull(),
    nameFa: varchar('name_fa', { length: 200 }).notNull(),
    nameEn: varchar('name_en', { length: 200 }).notNull(),
    calendar: varchar('calendar', { length: 10 }).notNull(),
    isEstimated: boolean('is_estimated').notNull().default(false),
  },
  (t) => [
    check('holidays_calendar_check', sql`${t.calendar} IN ('solar', 'lunar')`),
    unique('holidays_date_name_unique').on(t.holidayDate, t.nameEn),
  ],
)
