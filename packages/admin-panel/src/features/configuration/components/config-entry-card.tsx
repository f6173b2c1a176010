import type { ConfigEntry } from '@yektayar/shared/types'
import {
  Button,
  Card,
  DateTimeText,
  isApiError,
  localizeDigits,
  Notice,
  useLanguage,
  useProblemMessage,
  useTranslation,
} from '@yektayar/ui'
import { type FormEvent, useState } from 'react'
import { useResetConfigValue } from '../api/reset-config-value.ts'
import { useSetConfigValue } from '../api/set-config-value.ts'
import { controlOf, type Draft, draftOf, valueOfDraft } from '../value-control.ts'
import { useShownValue } from './shown-value.tsx'
import { SourceBadge } from './source-badge.tsx'
import { ValueInput } from './value-input.tsx'

/** One key: what it is, its value now and where it comes from, and its editor. */
export function ConfigEntryCard({ entry }: { entry: ConfigEntry }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const describeProblem = useProblemMessage()
  const shown = useShownValue()
  const control = controlOf(entry.shape)
  const save = useSetConfigValue(entry.key)
  const reset = useResetConfigValue(entry.key)
  // What the admin typed; until they type, the input follows the value (a secret's stays empty).
  const [edited, setEdited] = useState<Draft | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [done, setDone] = useState<'saved' | 'resetDone' | null>(null)
  const draft = edited ?? (entry.sensitive ? '' : draftOf(control, entry.value))
  const failure = save.error ?? reset.error
  const serverProblem = failure ? serverText(failure) : null

  function serverText(error: unknown): string {
    // A field's own sentence (rules across keys say which limit) says more than the generic one.
    const own = isApiError(error)
      ? error.errors?.find((e) => e.path.startsWith('body.value'))
      : undefined
    return own ? localizeDigits(own.message, language) : describeProblem(error)
  }
  const settle = (kind: 'saved' | 'resetDone') => () => {
    setEdited(null)
    setDone(kind)
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    setDone(null)
    reset.reset()
    const result = valueOfDraft(control, draft)
    if ('problem' in result) {
      const { key, limit } = result.problem
      setProblem(
        t(`configuration.errors.${key}`, {
          limit: limit === undefined ? '' : localizeDigits(String(limit), language),
        }),
      )
      return
    }
    save.mutate(result.value, { onSuccess: settle('saved') })
  }

  const inlineError =
    problem ?? (control.kind === 'select' || control.kind === 'switch' ? null : serverProblem)
  const label = t(entry.sensitive ? 'configuration.replaceLabel' : 'configuration.valueLabel', {
    key: entry.key,
  })
  return (
    <Card className="flex flex-col gap-4 p-4 sm:p-5">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="font-bold text-ink" dir="ltr">
          <code>{entry.key}</code>
        </h3>
        <SourceBadge source={entry.source} />
      </div>
      <p className="leading-relaxed text-ink-muted">{entry.description[language]}</p>
      <dl className="grid gap-1 text-sm sm:grid-cols-[auto_1fr] sm:gap-x-4">
        <dt className="font-medium text-ink">{t('configuration.current')}</dt>
        <dd className="text-ink" data-testid={`current-${entry.key}`}>
          {shown(control, entry.value, entry.sensitive)}
        </dd>
        <dd className="text-ink-muted sm:col-span-2">
          {t('configuration.defaultValue', {
            value: shown(control, entry.default, entry.sensitive),
          })}
        </dd>
        {entry.updatedAt && (
          <dd className="text-ink-muted sm:col-span-2">
            {t('configuration.changedAt')} <DateTimeText value={entry.updatedAt} />
          </dd>
        )}
      </dl>
      <form noValidate onSubmit={submit} className="flex flex-col gap-3">
        <ValueInput
          control={control}
          label={label}
          hint={entry.sensitive ? t('configuration.replaceHint') : undefined}
          draft={draft}
          error={inlineError}
          sensitive={entry.sensitive}
          onChange={(next) => {
            setEdited(next)
            setProblem(null)
            setDone(null)
            save.reset()
          }}
        />
        {serverProblem && !inlineError && (
          <p role="alert" className="rounded-xl bg-danger-soft p-3 font-medium text-danger">
            {serverProblem}
          </p>
        )}
        {done && (
          <Notice tone="success" onDismiss={() => setDone(null)}>
            {t(`configuration.${done}`)}
          </Notice>
        )}
        <div className="flex flex-wrap gap-2">
          <Button
            type="submit"
            needsConnection
            loading={save.isPending}
            disabled={entry.sensitive && draft === ''}
          >
            {t('configuration.save')}
          </Button>
          {entry.source === 'database' && (
            <Button
              variant="secondary"
              needsConnection
              loading={reset.isPending}
              onClick={() => {
                setDone(null)
                setProblem(null)
                save.reset()
                reset.mutate(undefined, { onSuccess: settle('resetDone') })
              }}
            >
              {t(entry.sensitive ? 'configuration.clearSecret' : 'configuration.reset')}
            </Button>
          )}
        </div>
      </form>
    </Card>
  )
}
