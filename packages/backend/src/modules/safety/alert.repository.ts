import type { SafetyReason, SafetySource } from '@yektayar/shared'
import { type SQL, sql } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { isoOf, NOW_MS, queryRows } from '../../db/sql-query.ts'
import { displayNameOf } from '../users/display-name-sql.ts'

/** An alert row with the names staff see (patient in discreet mode: their nickname). */
export interface AlertRow {
  id: string
  patient_id: string
  patient_name: string
  status: 'open' | 'acknowledged' | 'resolved'
  reasons: SafetyReason[]
  tier: number
  safe_now: 'yes' | 'no' | 'unsure' | null
  thread_id: string | null
  trigger_count: number
  created_at: string
  last_triggered_at: string
  acknowledged_by: string | null
  acknowledged_by_name: string | null
  acknowledged_at: string | null
  resolved_by: string | null
  resolved_by_name: string | null
  resolved_at: string | null
  resolution_note: string | null
}

/** The select list every read shares: the alert and the three names it shows. */
function selectAlerts(where: SQL, tail: SQL = sql``) {
  return sql`
    SELECT a.id, a.patient_id, a.status, array_to_json(a.reasons) AS reasons, a.tier, a.safe_now,
      a.thread_id, a.trigger_count, a.acknowledged_by, a.resolved_by, a.resolution_note,
      ${isoOf('a.created_at')} AS created_at, ${isoOf('a.last_triggered_at')} AS last_triggered_at,
      ${isoOf('a.acknowledged_at')} AS acknowledged_at, ${isoOf('a.resolved_at')} AS resolved_at,
      ${displayNameOf('pu')} AS patient_name,
      ${displayNameOf('au')} AS acknowledged_by_name, ${displayNameOf('ru')} AS resolved_by_name
    FROM safety_alerts a
      JOIN users pu ON pu.id = a.patient_id
      LEFT JOIN users au ON au.id = a.acknowledged_by
      LEFT JOIN users ru ON ru.id = a.resolved_by
    WHERE ${where} ${tail}`
}

export async function findAlert(db: Db, id: string): Promise<AlertRow | undefined> {
  const [row] = await queryRows<AlertRow>(db, selectAlerts(sql`a.id = ${id}`))
  return row
}

export interface NewTrigger {
  patientId: string
  source: SafetySource
  sourceId: string | null
  reasons: SafetyReason[]
  text: string | null
}

/**
 * Raises the patient's alert, or renews their active one (one per patient, kept by the partial
 * unique index even when two instances raise at once), and records the trigger, in one
 * transaction. `created` tells whether responders are paged (a renewal only updates the queue).
 * Undefined when the patient no longer exists.
 */
export async function raiseOrRenewAlert(
  db: Db,
  trigger: NewTrigger,
): Promise<{ alertId: string; created: boolean } | undefined> {
  const reasons = `{${trigger.reasons.join(',')}}`
  return db.transaction(async (tx) => {
    const [alert] = await queryRows<{ id: string; created: boolean }>(
      tx,
      sql`
      INSERT INTO safety_alerts (patient_id, reasons, created_at, last_triggered_at)
        SELECT ${trigger.patientId}, ${reasons}::text[], ${NOW_MS}, ${NOW_MS}
        WHERE EXISTS (SELECT 1 FROM users WHERE id = ${trigger.patientId})
      ON CONFLICT (patient_id) WHERE status <> 'resolved' DO UPDATE SET
        trigger_count = safety_alerts.trigger_count + 1,
        last_triggered_at = ${NOW_MS},
        reasons = ARRAY(SELECT DISTINCT r FROM unnest(safety_alerts.reasons || EXCLUDED.reasons) r ORDER BY r)
      RETURNING id, (xmax = 0) AS created`,
    )
    if (!alert) return undefined
    await tx.execute(sql`
      INSERT INTO safety_alert_triggers (alert_id, source, source_id, reasons, text)
      VALUES (${alert.id}, ${trigger.source}, ${trigger.sourceId}, ${reasons}::text[], ${trigger.text})`)
    return { alertId: alert.id, created: alert.created }
  })
}

export interface AlertListFilter {
  statuses: string[]
  /** Only alerts of these patients (a psychologist's own); undefined: everyone's. */
  patientIds?: string[]
  after?: { at: string; id: string }
  limit: number
}

export function listAlertRows(db: Db, filter: AlertListFilter): Promise<AlertRow[]> {
  const statuses = `{${filter.statuses.join(',')}}`
  const patients = filter.patientIds ? `{${filter.patientIds.join(',')}}` : null
  const after = filter.after
  return queryRows<AlertRow>(
    db,
    selectAlerts(
      sql`a.status = ANY(${statuses}::text[])
        AND (${patients}::uuid[] IS NULL OR a.patient_id = ANY(${patients}::uuid[]))
        AND (${after?.at ?? null}::timestamptz IS NULL
          OR (a.last_triggered_at, a.id) < (${after?.at ?? null}::timestamptz, ${after?.id ?? null}::uuid))`,
      sql`ORDER BY a.last_triggered_at DESC, a.id DESC LIMIT ${filter.limit + 1}`,
    ),
  )
}

export interface TriggerRow {
  source: SafetySource
  source_id: string | null
  reasons: SafetyReason[]
  text: string | null
  created_at: string
}

export function listTriggerRows(db: Db, alertId: string): Promise<TriggerRow[]> {
  return queryRows<TriggerRow>(
    db,
    sql`SELECT source, source_id, array_to_json(reasons) AS reasons, text,
      ${isoOf('created_at')} AS created_at FROM safety_alert_triggers
      WHERE alert_id = ${alertId} ORDER BY created_at DESC, id DESC LIMIT 50`,
  )
}

/** open → acknowledged, once; false when it was not open. */
export async function markAcknowledged(db: Db, id: string, userId: string): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`UPDATE safety_alerts SET status = 'acknowledged', acknowledged_by = ${userId},
      acknowledged_at = now() WHERE id = ${id} AND status = 'open' RETURNING id`,
  )
  return rows.length > 0
}

/** open or acknowledged → resolved with a note; an open one counts as acknowledged by the resolver. */
export async function markResolved(
  db: Db,
  id: string,
  userId: string,
  note: string,
): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`UPDATE safety_alerts SET status = 'resolved', resolved_by = ${userId}, resolved_at = now(),
      resolution_note = ${note},
      acknowledged_by = coalesce(acknowledged_by, ${userId}),
      acknowledged_at = coalesce(acknowledged_at, now())
    WHERE id = ${id} AND status <> 'resolved' RETURNING id`,
  )
  return rows.length > 0
}

/** Still open at this tier: the next tier, once (a retried job finds the tier moved on). */
export async function escalateIfUnacknowledged(
  db: Db,
  id: string,
  fromTier: number,
): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`UPDATE safety_alerts SET tier = tier + 1
      WHERE id = ${id} AND status = 'open' AND tier = ${fromTier} RETURNING id`,
  )
  return rows.length > 0
}

export async function setSafeNow(db: Db, id: string, answer: string): Promise<void> {
  await db.execute(sql`UPDATE safety_alerts SET safe_now = ${answer} WHERE id = ${id}`)
}

export async function setAlertThread(db: Db, id: string, threadId: string): Promise<void> {
  await db.execute(sql`UPDATE safety_alerts SET thread_id = ${threadId} WHERE id = ${id}`)
}

/** The patient's active (unresolved) alert, if any. */
export async function findActiveAlertOf(
  db: Db,
  patientId: string,
): Promise<{ id: string; thread_id: string | null } | undefined> {
  const [row] = await queryRows<{ id: string; thread_id: string | null }>(
    db,
    sql`SELECT id, thread_id FROM safety_alerts WHERE patient_id = ${patientId} AND status <> 'resolved'`,
  )
  return row
}
