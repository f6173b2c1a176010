import type { Holiday } from '@yektayar/shared/types'
import { Button, useLanguage, useProblemMessage, useTranslation } from '@yektayar/ui'
import { ModalDialog } from '../../../shared/modal-dialog.tsx'
import { useDeleteHoliday } from '../api/delete-holiday.ts'
import { jalaliDayText } from '../holiday-dates.ts'

export interface DeleteHolidayDialogProps {
  holiday?: Holiday
  onClose: () => void
  onDeleted: () => void
}

/** Asks before a holiday goes: psychologists who block holidays open that day at once. */
export function DeleteHolidayDialog({ holiday, onClose, onDeleted }: DeleteHolidayDialogProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const problemMessage = useProblemMessage()
  const remove = useDeleteHoliday()
  return (
    <ModalDialog open={holiday !== undefined} title={t('holidays.remove.title')} onClose={onClose}>
      {holiday && (
        <>
          <p className="text-ink-muted">
            {t('holidays.remove.body', {
              name: language === 'fa' ? holiday.nameFa : holiday.nameEn,
              date: jalaliDayText(holiday.date, language),
            })}
          </p>
          {remove.isError && (
            <p role="alert" className="rounded-xl bg-danger-soft p-3 font-medium text-danger">
              {problemMessage(remove.error)}
            </p>
          )}
          <div className="flex flex-wrap justify-end gap-2">
            <Button variant="secondary" onClick={onClose}>
              {t('holidays.form.cancel')}
            </Button>
            <Button
              variant="danger"
              loading={remove.isPending}
              needsConnection
              onClick={() => remove.mutate(holiday.id, { onSuccess: onDeleted })}
            >
              {t('holidays.remove.confirm')}
            </Button>
          </div>
        </>
      )}
    </ModalDialog>
  )
}
