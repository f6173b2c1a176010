import { csvLine, jalaliTime } from '../../lib/csv-export.ts'
import type { AuditView } from './audit-view.ts'

export const AUDIT_CSV_HEADERS = [
  'زمان (تهران)',
  'زمان (UTC)',
  'شناسه کاربر',
  'نام کاربر',
  'کنش',
  'نوع منبع',
  'شناسه منبع',
  'نشانی IP',
  'مرورگر',
  'تغییرات',
]

export function auditCsvCells(row: AuditView): unknown[] {
  return [
    jalaliTime(row.createdAt),
    row.createdAt,
    row.userId,
    row.actorName,
    row.action,
    row.resource,
    row.resourceId,
    row.ip,
    row.userAgent,
    row.changes === null || row.changes === undefined ? '' : JSON.stringify(row.changes),
  ]
}

export const auditCsvLine = (row: AuditView) => csvLine(auditCsvCells(row))
