import { zodResolver } from '@hookform/resolvers/zod'
import type { MyProfessionalProfile } from '@yektayar/shared/types'
import {
  Button,
  Card,
  Notice,
  useLanguage,
  useProblemMessage,
  useServerFieldErrors,
  useTranslation,
} from '@yektayar/ui'
import { useEffect, useState } from 'react'
import { type FieldErrors, FormProvider, useForm, useWatch } from 'react-hook-form'
import { type ScheduleInput, useSaveSchedule } from '../api/save-schedule.ts'
import {
  draftOf,
  type ScheduleDraft,
  scheduleFormSchema,
  serverFieldsOf,
  snapshotOf,
} from '../schedule-form-model.ts'
import { tidyClock, WEEK_ORDER } from '../weekly-rules.ts'
import { PolicyFields } from './policy-fields.tsx'
import { WeeklyHoursEditor } from './weekly-hours-editor.tsx'

export interface ScheduleFormProps {
  profile: MyProfessionalProfile
}

const resolver = zodResolver(scheduleFormSchema)

/**
 * Weekly hours plus time zone and booking rules, saved together. The draft is taken from the
 * profile once: refetches (after an override is added, say) must not wipe unsaved edits.
 */
export function ScheduleForm({ profile }: ScheduleFormProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const describe = useProblemMessage()
  const placeServerErrors = useServerFieldErrors()
  const save = useSaveSchedule()
  const [initial] = useState(() => draftOf(profile, language))
  const form = useForm<ScheduleDraft, unknown, ScheduleInput>({
    defaultValues: initial,
    resolver,
    // Focus goes to the first problem as the reader sees the week (onInvalid below).
    shouldFocusError: false,
  })
  const draft = useWatch({ control: form.control }) as ScheduleDraft
  const [saved, setSaved] = useState(() => snapshotOf(draftOf(profile, 'en')))
  const [notice, setNotice] = useState(false)
  const [generalError, setGeneralError] = useState<unknown>(null)
  const dirty = snapshotOf(draft) !== saved
  const { errors, submitCount } = form.formState

  // Typed times follow the language switch (۰۹:۳۰ ↔ 09:30).
  useEffect(() => {
    for (const [index, range] of form.getValues('ranges').entries()) {
      form.setValue(`ranges.${index}.start`, tidyClock(range.start, language))
      form.setValue(`ranges.${index}.end`, tidyClock(range.end, language))
    }
  }, [language, form])

  const onEdit = () => {
    setNotice(false)
    setGeneralError(null)
    save.reset()
  }

  const focusFirstProblem = (found: FieldErrors<ScheduleDraft>) => {
    const ranges = form.getValues('ranges')
    for (const weekday of WEEK_ORDER[language]) {
      for (const [index, range] of ranges.entries()) {
        const problem = range.weekday === weekday ? found.ranges?.[index] : undefined
        if (!problem) continue
        form.setFocus(problem.start ? `ranges.${index}.start` : `ranges.${index}.end`)
        return
      }
    }
  }

  const submit = form.handleSubmit((input) => {
    setNotice(false)
    const typed = form.getValues()
    save.mutate(input, {
      onSuccess: () => {
        setSaved(snapshotOf(typed))
        setNotice(true)
      },
      onError: (error) => {
        if (!placeServerErrors(error, serverFieldsOf(typed.ranges), form.setError)) {
          setGeneralError(error)
        }
      },
    })
  }, focusFirstProblem)

  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate className="flex flex-col gap-6">
        <Card className="flex flex-col gap-5 p-5 sm:p-6">
          <div className="flex flex-col gap-1">
            <h2 className="text-lg font-bold text-ink">{t('availability.weekly.title')}</h2>
            <p className="text-sm text-ink-muted">{t('availability.weekly.lead')}</p>
          </div>
          <WeeklyHoursEditor onEdit={onEdit} />
        </Card>
        <Card className="flex flex-col gap-5 p-5 sm:p-6">
          <h2 className="text-lg font-bold text-ink">{t('availability.policy.title')}</h2>
          <PolicyFields
            policy={draft.policy}
            onChange={(policy) => {
              onEdit()
              form.setValue('policy', policy)
            }}
          />
        </Card>
        <div className="flex flex-col gap-3">
          {notice && (
            <Notice tone="success" onDismiss={() => setNotice(false)}>
              {t('availability.save.saved')}
            </Notice>
          )}
          {submitCount > 0 && errors.ranges && (
            <p role="alert" className="text-sm font-medium text-danger">
              {t('availability.save.fixFirst')}
            </p>
          )}
          {generalError ? (
            <p role="alert" className="text-sm font-medium text-danger">
              {describe(generalError)}
            </p>
          ) : null}
          <div className="flex flex-wrap items-center justify-between gap-3">
            <p className="text-sm text-ink-muted" aria-live="polite">
              {dirty ? t('availability.save.unsaved') : ''}
            </p>
            <Button
              type="submit"
              loading={save.isPending}
              needsConnection
              className="w-full sm:w-auto"
            >
              {t('availability.save.action')}
            </Button>
          </div>
        </div>
      </form>
    </FormProvider>
  )
}
