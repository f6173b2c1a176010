import type { AppointmentView } from '@yektayar/shared'
import { jalaliTime } from '../../lib/csv-export.ts'

/** Amounts in toman, as the admin panel shows them; the header says so. */
export const APPOINTMENT_CSV_HEADERS = [
  'شناسه نوبت',
  'شروع (تهران)',
  'شروع (UTC)',
  'مدت (دقیقه)',
  'وضعیت',
  'نحوه برگزاری',
  'بیمار',
  'شناسه بیمار',
  'روان‌شناس',
  'شناسه روان‌شناس',
  'مبلغ (تومان)',
  'لغو به دست',
  'زمان لغو (تهران)',
  'دلیل لغو',
  'ثبت نتیجه (تهران)',
  'زمان رزرو (تهران)',
]

const STATUS_FA: Record<string, string> = {
  pending: 'در انتظار پرداخت',
  confirmed: 'تأییدشده',
  completed: 'برگزارشده',
  cancelled: 'لغوشده',
  no_show: 'غیبت بیمار',
}

const MODE_FA: Record<string, string> = {
  video: 'تصویری',
  phone: 'تلفنی',
  in_person: 'حضوری',
  text: 'متنی',
}

const ACTOR_FA: Record<string, string> = {
  patient: 'بیمار',
  psychologist: 'روان‌شناس',
  admin: 'مدیر',
  system: 'سامانه',
}

/** One appointment's row: who, when, how, how much; never anything from its notes. */
export function appointmentCsvCells(view: AppointmentView): unknown[] {
  return [
    view.id,
    jalaliTime(view.startsAt),
    view.startsAt,
    view.durationMinutes,
    STATUS_FA[view.status] ?? view.status,
    view.mode ? (MODE_FA[view.mode] ?? view.mode) : '',
    view.patient.name.fa,
    view.patient.id,
    view.psychologist.name.fa,
    view.psychologist.id,
    view.priceIrr / 10,
    view.cancelledBy ? (ACTOR_FA[view.cancelledBy] ?? view.cancelledBy) : '',
    jalaliTime(view.cancelledAt),
    view.cancelReason,
    jalaliTime(view.outcomeRecordedAt),
    jalaliTime(view.createdAt),
  ]
}
