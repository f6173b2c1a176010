import type { DepartmentInboxList } from '@yektayar/shared'
import type { Db } from '../../db/database.ts'
import {
  countDepartmentStaff,
  countOpenInboxThreads,
  findDepartments,
} from './department.repository.ts'

const isoOf = (value: Date | string | null) =>
  value === null ? null : new Date(value).toISOString()

/**
 * Every department's inbox at a glance, for whoever manages threads: counts only, never what
 * anyone wrote. Departments without open threads show zeros.
 */
export async function listDepartmentInboxes(db: Db): Promise<DepartmentInboxList> {
  const [departments, counts, staff] = await Promise.all([
    findDepartments(db),
    countOpenInboxThreads(db),
    countDepartmentStaff(db),
  ])
  const countsOf = new Map(counts.map((row) => [row.key, row]))
  const staffOf = new Map(staff.map((row) => [row.department, row.staff]))
  return {
    items: departments.map((department) => {
      const row = countsOf.get(department.key)
      return {
        ...department,
        open: row?.open ?? 0,
        unassigned: row?.unassigned ?? 0,
        waiting: row?.waiting ?? 0,
        oldestWaitingSince: isoOf(row?.oldest_waiting ?? null),
        staff: staffOf.get(department.key) ?? 0,
      }
    }),
  }
}
