import type { SafetyPlanSections } from '@yektayar/shared'
import { sql } from 'drizzle-orm'
import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  unique,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core'
import { cascadingRef, idColumn, instant } from './columns.ts'
import { messageThreads } from './messaging.ts'
import { users } from './users.ts'

/** Safety alerts (0900_safety.sql): at most one active per patient. */
export const safetyAlerts = pgTable(
  'safety_alerts',
  {
    id: idColumn(),
    patientId: cascadingRef('patient_id', () => users.id),
    status: varchar('status', { length: 20 }).notNull().default('open'),
    reasons: text('reasons').array().notNull().default(sql`'{}'`),
    tier: integer('tier').notNull().default(0),
    safeNow: varchar('safe_now', { length: 10 }),
    threadId: uuid('thread_id').references(() => messageThreads.id, { onDelete: 'set null' }),
    triggerCount: integer('trigger_count').notNull().default(1),
    createdAt: instant('created_at').notNull().defaultNow(),
    lastTriggeredAt: instant('last_triggered_at').notNull().defaultNow(),
    acknowledgedBy: uuid('acknowledged_by').references(() => users.id, { onDelete: 'set null' }),
    acknowledgedAt: instant('acknowledged_at'),
    resolvedBy: uuid('resolved_by').references(() => users.id, { onDelete: 'set null' }),
    resolvedAt: instant('resolved_at'),
    resolutionNote: text('resolution_note'),
  },
  (t) => [
    uniqueIndex('ux_safety_alerts_active_patient')
      .on(t.patientId)
      .where(sql`${t.status} <> 'resolved'`),
    index('idx_safety_alerts_queue').on(t.status, t.lastTriggeredAt.desc(), t.id.desc()),
    check('safety_alerts_status_check', sql`${t.status} IN ('open', 'acknowledged', 'resolved')`),
    check('safety_alerts_safe_now_check', sql`${t.safeNow} IN ('yes', 'no', 'unsure')`),
    check(
      'safety_alerts_resolved_check',
      sql`(${t.status} = 'resolved') = (${t.resolvedAt} IS NOT NULL)`,
    ),
  ],
)

export const safetyAlertTriggers = pgTable(
  'safety_alert_triggers',
  {
    id: idColumn(),
    alertId: cascadingRef('alert_id', () => safetyAlerts.id),
    source: varchar('source', { length: 20 }).notNull(),
    sourceId: uuid('source_id'),
    reasons: text('reasons').array().notNull().default(sql`'{}'`),
    text: text('text'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [index('idx_safety_alert_triggers_alert').on(t.alertId, t.createdAt.desc())],
)

export const safetyOnCall = pgTable(
  'safety_on_call',
  {
    userId: cascadingRef('user_id', () => users.id).primaryKey(),
    position: integer('position').notNull(),
  },
  (t) => [unique('safety_on_call_position_unique').on(t.position)],
)

export const safetyPlans = pgTable('safety_plans', {
  patientId: cascadingRef('patient_id', () => users.id).primaryKey(),
  sections: jsonb('sections').$type<SafetyPlanSections>().notNull(),
  updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: instant('updated_at').notNull().defaultNow(),
})
