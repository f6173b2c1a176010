import { formatMoney, TextField, useLanguage, useTranslation } from '@yektayar/ui'
import type { RefundChoice, RefundKind } from '../refund-choice.ts'

export interface RefundChoiceFieldsProps {
  /** Rials a new refund may still take back. */
  refundableIrr: number
  kinds: RefundKind[]
  value: RefundChoice
  onChange: (choice: RefundChoice) => void
  /** The partial amount is not 1..refundable. */
  invalid: boolean
}

/** Full, partial (an amount in toman) or, when cancelling, none: radio buttons and a field. */
export function RefundChoiceFields({
  refundableIrr,
  kinds,
  value,
  onChange,
  invalid,
}: RefundChoiceFieldsProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const most = formatMoney(refundableIrr, language)
  const labels: Record<RefundKind, string> = {
    full: t('money.cancel.refundFull', { amount: most }),
    partial: t('money.cancel.refundPartial'),
    none: t('money.cancel.refundNone'),
  }
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="mb-1.5 text-sm font-medium text-ink">{t('money.cancel.refund')}</legend>
      <div className="flex flex-wrap gap-2">
        {kinds.map((kind) => (
          <label
            key={kind}
            className="flex min-h-11 cursor-pointer items-center gap-2 rounded-xl border border-line-strong px-4 has-[:checked]:border-primary has-[:checked]:bg-primary-soft has-[:checked]:text-primary"
          >
            <input
              type="radio"
              name="refund-kind"
              value={kind}
              checked={value.kind === kind}
              onChange={() => onChange({ ...value, kind })}
              className="accent-primary"
            />
            {labels[kind]}
          </label>
        ))}
      </div>
      {value.kind === 'partial' && (
        <TextField
          label={t('money.cancel.amount')}
          hint={t('money.cancel.amountHint', { amount: most })}
          value={value.toman}
          inputMode="numeric"
          dir="ltr"
          className="max-w-xs"
          error={invalid ? t('money.cancel.amountInvalid', { amount: most }) : null}
          onChange={(event) => onChange({ ...value, toman: event.target.value })}
        />
      )}
    </fieldset>
  )
}
