import type { Holiday } from '@yektayar/shared/types'
import { Button, useLanguage, useTranslation } from '@yektayar/ui'
import { gregorianDayText, jalaliDayText, weekdayText } from '../holiday-dates.ts'
import { KindBadges } from './kind-badges.tsx'

const COLUMNS = ['jalali', 'gregorian', 'name', 'kind', 'actions'] as const

export interface HolidayTableProps {
  items: Holiday[]
  onEdit: (holiday: Holiday) => void
  onDelete: (holiday: Holiday) => void
}

/** The year's holidays: a table that scrolls sideways on a narrow screen. */
export function HolidayTable({ items, onEdit, onDelete }: HolidayTableProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  return (
    <div className="overflow-x-auto rounded-2xl border border-line bg-surface">
      <table className="w-full text-start text-sm">
        <thead className="bg-surface-muted text-ink-muted">
          <tr>
            {COLUMNS.map((column) => (
              <th key={column} scope="col" className="px-3 py-2.5 text-start font-semibold">
                {t(`holidays.columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((holiday) => {
            const name = language === 'fa' ? holiday.nameFa : holiday.nameEn
            return (
              <tr key={holiday.id} className="border-t border-line align-top">
                <td className="px-3 py-2.5 whitespace-nowrap text-ink">
                  <span className="block font-medium">{jalaliDayText(holiday.date, language)}</span>
                  <span className="text-ink-muted">{weekdayText(holiday.date, language)}</span>
                </td>
                <td className="px-3 py-2.5 whitespace-nowrap text-ink-muted">
                  {gregorianDayText(holiday.date, language)}
                </td>
                <th scope="row" className="px-3 py-2.5 text-start font-medium text-ink">
                  <span className="block">{name}</span>
                  <span className="block font-normal text-ink-muted" dir="auto">
                    {language === 'fa' ? holiday.nameEn : holiday.nameFa}
                  </span>
                </th>
                <td className="px-3 py-2.5">
                  <KindBadges holiday={holiday} />
                </td>
                <td className="px-3 py-2.5">
                  <div className="flex gap-1">
                    <Button
                      variant="ghost"
                      aria-label={t('holidays.editNamed', { name })}
                      onClick={() => onEdit(holiday)}
                    >
                      {t('holidays.edit')}
                    </Button>
                    <Button
                      variant="ghost"
                      aria-label={t('holidays.deleteNamed', { name })}
                      onClick={() => onDelete(holiday)}
                    >
                      {t('holidays.delete')}
                    </Button>
                  </div>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
