import { ANNOUNCEMENT_AUDIENCES } from '@yektayar/shared/types'
import {
  Button,
  Card,
  formatDateTime,
  Notice,
  SelectField,
  TextAreaField,
  TextField,
  useLanguage,
  useProblemMessage,
  useTimeZone,
  useTranslation,
} from '@yektayar/ui'
import { type FormEvent, useState } from 'react'
import { useCreateAnnouncement } from '../api/create-announcement.ts'
import {
  type ComposerError,
  type ComposerErrors,
  type ComposerField,
  type ComposerValues,
  composeAnnouncement,
  EMPTY_COMPOSER,
} from '../composer-form.ts'
import { AnnouncementPreview } from './announcement-preview.tsx'
import { SendTimeField } from './send-time-field.tsx'

/** Writes an announcement in both languages, previews it, and sends it now or at a time. */
export function AnnouncementComposer() {
  const { t } = useTranslation()
  const language = useLanguage()
  const zone = useTimeZone()
  const describeProblem = useProblemMessage()
  const create = useCreateAnnouncement()
  const [values, setValues] = useState<ComposerValues>(EMPTY_COMPOSER)
  const [errors, setErrors] = useState<ComposerErrors>({})
  // What the last send did, said until the next one or dismissed.
  const [done, setDone] = useState<{ sendAt: string; later: boolean } | null>(null)

  const set = <K extends keyof ComposerValues>(key: K, value: ComposerValues[K]) => {
    setValues((current) => ({ ...current, [key]: value }))
    setErrors((current) => ({ ...current, [key]: undefined }))
  }
  const errorText = (error: ComposerError | undefined) =>
    error ? t(`notifications.composer.errors.${error.key}`, { max: error.max }) : null
  const fieldProps = (field: ComposerField) => ({
    value: values[field],
    error: errorText(errors[field]),
    onChange: (event: { target: { value: string } }) => set(field, event.target.value),
  })

  function submit(event: FormEvent) {
    event.preventDefault()
    setDone(null)
    const result = composeAnnouncement(values, zone, Date.now())
    if ('errors' in result) {
      setErrors(result.errors)
      return
    }
    create.mutate(result.body, {
      onSuccess: (announcement) => {
        setDone({ sendAt: announcement.sendAt, later: values.when === 'later' })
        setValues(EMPTY_COMPOSER)
      },
    })
  }

  return (
    <Card className="p-4 sm:p-6">
      <h2 className="text-xl font-bold text-ink">{t('notifications.composer.title')}</h2>
      <div className="mt-4 grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <form noValidate onSubmit={submit} className="flex flex-col gap-4">
          <SelectField
            label={t('notifications.composer.audience')}
            value={values.audience}
            onChange={(event) => set('audience', event.target.value as ComposerValues['audience'])}
            options={ANNOUNCEMENT_AUDIENCES.map((audience) => [
              audience,
              t(`notifications.announcements.audiences.${audience}`),
            ])}
          />
          <div className="grid gap-4 md:grid-cols-2">
            <TextField
              label={t('notifications.composer.titleFa')}
              lang="fa"
              dir="rtl"
              maxLength={200}
              {...fieldProps('titleFa')}
            />
            <TextField
              label={t('notifications.composer.titleEn')}
              lang="en"
              dir="ltr"
              maxLength={200}
              {...fieldProps('titleEn')}
            />
            <TextAreaField
              label={t('notifications.composer.bodyFa')}
              lang="fa"
              dir="rtl"
              rows={4}
              {...fieldProps('bodyFa')}
            />
            <TextAreaField
              label={t('notifications.composer.bodyEn')}
              lang="en"
              dir="ltr"
              rows={4}
              {...fieldProps('bodyEn')}
            />
          </div>
          <SendTimeField
            when={values.when}
            sendAt={values.sendAt}
            error={errorText(errors.sendAt)}
            onWhen={(when) => set('when', when)}
            onSendAt={(sendAt) => set('sendAt', sendAt)}
          />
          {create.isError && (
            <p role="alert" className="rounded-xl bg-danger-soft p-3 font-medium text-danger">
              {describeProblem(create.error)}
            </p>
          )}
          {done && (
            <Notice tone="success" onDismiss={() => setDone(null)}>
              {done.later
                ? t('notifications.composer.scheduled', {
                    time: formatDateTime(done.sendAt, language, { timeZone: zone }),
                  })
                : t('notifications.composer.sentNow')}
            </Notice>
          )}
          <Button type="submit" className="self-start" loading={create.isPending}>
            {values.when === 'later'
              ? t('notifications.composer.submitLater')
              : t('notifications.composer.submitNow')}
          </Button>
        </form>
        <AnnouncementPreview values={values} />
      </div>
    </Card>
  )
}
