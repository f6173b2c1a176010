import {
  HOLIDAY_IMPORT_FORMATS,
  type HolidayImportFormat,
  type HolidayImportResult,
} from '@yektayar/shared/types'
import {
  Button,
  isApiError,
  SelectField,
  SwitchField,
  TextAreaField,
  useLanguage,
  useProblemMessage,
  useTranslation,
} from '@yektayar/ui'
import { useState } from 'react'
import { ModalDialog } from '../../../shared/modal-dialog.tsx'
import { useImportHolidays } from '../api/import-holidays.ts'
import { gregorianDayText, jalaliDayText, yearText } from '../holiday-dates.ts'
import { KindBadges } from './kind-badges.tsx'

export interface ImportDialogProps {
  open: boolean
  year: number
  onClose: () => void
  onImported: (count: number) => void
}

/** Paste a year's list, check it (the server's dry run), see the rows or their errors, import. */
export function ImportDialog(props: ImportDialogProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  return (
    <ModalDialog
      open={props.open}
      wide
      onClose={props.onClose}
      title={t('holidays.importer.title', { year: yearText(props.year, language) })}
    >
      <ImportForm {...props} />
    </ModalDialog>
  )
}

function ImportForm({ year, onClose, onImported }: ImportDialogProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const importer = useImportHolidays()
  const [format, setFormat] = useState<HolidayImportFormat>('csv')
  const [text, setText] = useState('')
  const [replace, setReplace] = useState(false)
  const [preview, setPreview] = useState<HolidayImportResult | null>(null)
  const edited = () => {
    setPreview(null)
    importer.reset()
  }
  const send = (dryRun: boolean) =>
    importer.mutate(
      { year, format, text, replace, dryRun },
      {
        onSuccess: (result) => (dryRun ? setPreview(result) : onImported(result.rows.length)),
      },
    )
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-ink-muted">{t('holidays.importer.lead')}</p>
      <SelectField
        label={t('holidays.importer.format')}
        value={format}
        onChange={(event) => {
          setFormat(event.target.value as HolidayImportFormat)
          edited()
        }}
        options={HOLIDAY_IMPORT_FORMATS.map((f) => [f, f.toUpperCase()] as const)}
      />
      <TextAreaField
        label={t('holidays.importer.text')}
        dir="ltr"
        rows={8}
        spellCheck={false}
        value={text}
        className="font-mono"
        onChange={(event) => {
          setText(event.target.value)
          edited()
        }}
      />
      <SwitchField
        label={t('holidays.importer.replace')}
        hint={t('holidays.importer.replaceHint')}
        checked={replace}
        onChange={(checked) => {
          setReplace(checked)
          edited()
        }}
      />
      <ImportProblems error={importer.error} year={year} />
      {preview && <ImportPreview result={preview} />}
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="secondary" onClick={onClose}>
          {t('holidays.importer.cancel')}
        </Button>
        {preview ? (
          <Button loading={importer.isPending} needsConnection onClick={() => send(false)}>
            {t('holidays.importer.save', { number: yearText(preview.rows.length, language) })}
          </Button>
        ) : (
          <Button
            loading={importer.isPending}
            disabled={!text.trim()}
            needsConnection
            onClick={() => send(true)}
          >
            {t('holidays.importer.check')}
          </Button>
        )}
      </div>
    </div>
  )
}

/** The server's refusal: each bad row with why, or the general message for anything else. */
function ImportProblems({ error, year }: { error: Error | null; year: number }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const problemMessage = useProblemMessage()
  if (!error) return null
  const rows =
    isApiError(error) && error.code === 'HOLIDAY_IMPORT_INVALID' ? (error.errors ?? []) : []
  return (
    <div role="alert" className="flex flex-col gap-2 rounded-xl bg-danger-soft p-3 text-danger">
      <p className="font-medium">{problemMessage(error)}</p>
      {rows.length > 0 && (
        <>
          <h3 className="font-bold">{t('holidays.importer.errorsTitle')}</h3>
          <ul className="flex list-disc flex-col gap-1 ps-5 text-sm">
            {rows.map((row) => {
              const number = row.path.startsWith('rows.') ? row.path.slice(5) : null
              return (
                <li key={`${row.path}-${row.message}`}>
                  <span className="font-semibold">
                    {number
                      ? t('holidays.importer.row', { row: yearText(Number(number), language) })
                      : t('holidays.importer.wholeText')}
                  </span>
                  {': '}
                  <span>
                    {t(`holidays.importer.problems.${row.message}`, {
                      year: yearText(year, language),
                      defaultValue: row.message,
                    })}
                  </span>
                </li>
              )
            })}
          </ul>
        </>
      )}
    </div>
  )
}

function ImportPreview({ result }: { result: HolidayImportResult }) {
  const { t } = useTranslation()
  const language = useLanguage()
  return (
    <section
      className="flex flex-col gap-2"
      aria-label={t('holidays.importer.previewTitle', {
        number: yearText(result.rows.length, language),
      })}
    >
      <h3 className="font-bold text-ink">
        {t('holidays.importer.previewTitle', { number: yearText(result.rows.length, language) })}
      </h3>
      {result.removed > 0 && (
        <p className="font-medium text-danger">
          {t('holidays.importer.willRemove', { number: yearText(result.removed, language) })}
        </p>
      )}
      <div className="max-h-72 overflow-auto rounded-xl border border-line">
        <table className="w-full text-start text-sm">
          <thead className="bg-surface-muted text-ink-muted">
            <tr>
              {(['jalali', 'gregorian', 'name', 'kind'] as const).map((column) => (
                <th key={column} scope="col" className="px-3 py-2 text-start font-semibold">
                  {t(`holidays.columns.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {result.rows.map((row) => (
              <tr key={`${row.date}-${row.nameEn}`} className="border-t border-line">
                <td className="px-3 py-2 whitespace-nowrap">{jalaliDayText(row.date, language)}</td>
                <td className="px-3 py-2 whitespace-nowrap text-ink-muted">
                  {gregorianDayText(row.date, language)}
                </td>
                <td className="px-3 py-2">{language === 'fa' ? row.nameFa : row.nameEn}</td>
                <td className="px-3 py-2">
                  <KindBadges holiday={row} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
