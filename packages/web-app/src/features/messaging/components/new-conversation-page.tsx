import { zodResolver } from '@hookform/resolvers/zod'
import { departmentThreadBodySchema, MESSAGE_MAX_LENGTH } from '@yektayar/shared'
import {
  Button,
  cx,
  fieldErrorText,
  formatNumber,
  TextAreaField,
  TextField,
  useLanguage,
  useProblemMessage,
  useServerFieldErrors,
  useSession,
  useTranslation,
} from '@yektayar/ui'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { z } from 'zod'
import { Page } from '../../../shared/page.tsx'
import { QueryStates } from '../../../shared/query-states.tsx'
import { useDepartments } from '../api/departments.ts'
import { useMyPsychologists } from '../api/my-psychologists.ts'
import { useCreateThread } from '../api/threads.ts'
import { characterCount } from '../message-length.ts'
import { newClientId, outbox } from '../realtime/outbox.ts'

const HINTED = new Set(['reception', 'clinical', 'billing', 'technical'])

/**
 * The department thread's body as the form holds it: a recipient instead of a category (a
 * department key, or `psychologist:<id>`), and a subject that may stay empty.
 */
const newConversationSchema = z.object({
  recipient: z.string().min(1, 'messaging.new.chooseRecipient'),
  subject: departmentThreadBodySchema.shape.title.unwrap().or(z.literal('')),
  content: departmentThreadBodySchema.shape.content,
})
type NewConversationForm = z.infer<typeof newConversationSchema>

const SERVER_FIELDS = {
  'body.category': 'recipient',
  'body.userId': 'recipient',
  'body.title': 'subject',
  'body.content': 'content',
} as const

/**
 * /messages/new: to a department (a new thread with its first message), or for a patient to
 * a psychologist they have an appointment with (their direct thread, opened if need be).
 * `?to=<department>` or `?to=psychologist:<id>` preselects the recipient.
 */
export function NewConversationPage() {
  const { t } = useTranslation()
  const language = useLanguage()
  const describe = useProblemMessage()
  const placeServerErrors = useServerFieldErrors()
  const navigate = useNavigate()
  const [search] = useSearchParams()
  const session = useSession()
  const isPatient = session.data?.user.type === 'patient'
  const departments = useDepartments()
  const psychologists = useMyPsychologists(isPatient)
  const create = useCreateThread()
  const form = useForm<NewConversationForm>({
    defaultValues: { recipient: search.get('to') ?? '', subject: '', content: '' },
    resolver: zodResolver(newConversationSchema),
  })
  const { errors } = form.formState
  const [clientId] = useState(newClientId)
  const recipient = form.watch('recipient')

  const onError = (error: unknown) => {
    if (placeServerErrors(error, SERVER_FIELDS, form.setError)) return
    form.setError('root', { type: 'server', message: describe(error) })
  }
  const submit = form.handleSubmit(({ recipient: to, subject, content }) => {
    if (to.startsWith('psychologist:')) {
      const userId = to.slice('psychologist:'.length)
      create.mutate(
        { kind: 'direct', userId },
        {
          onSuccess: ({ thread }) => {
            outbox.send(thread.id, content)
            navigate(`/messages/${thread.id}`, { replace: true })
          },
          onError,
        },
      )
      return
    }
    const title = subject.trim()
    create.mutate(
      { kind: 'department', category: to, content, clientId, ...(title ? { title } : {}) },
      { onSuccess: ({ thread }) => navigate(`/messages/${thread.id}`, { replace: true }), onError },
    )
  })

  // The shared schema's own words are English; the form says what to do about it.
  const contentError =
    errors.content?.type === 'server'
      ? errors.content.message
      : errors.content
        ? characterCount(form.getValues('content')) > MESSAGE_MAX_LENGTH
          ? t('messaging.composer.tooLong', { max: formatNumber(MESSAGE_MAX_LENGTH, language) })
          : t('messaging.new.writeMessage')
        : null
  const problem =
    fieldErrorText(errors.recipient, t) ?? contentError ?? errors.root?.message ?? null

  const option = (value: string, label: string, hint?: string) => (
    <label
      key={value}
      className={cx(
        'flex cursor-pointer items-start gap-3 rounded-xl border p-3 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-focus',
        recipient === value
          ? 'border-primary bg-primary-soft'
          : 'border-line bg-surface hover:border-primary',
      )}
    >
      <input
        type="radio"
        value={value}
        {...form.register('recipient')}
        className="mt-1 size-4 accent-primary"
      />
      <span className="flex flex-col">
        <span className="font-semibold text-ink">{label}</span>
        {hint && <span className="text-sm text-ink-muted">{hint}</span>}
      </span>
    </label>
  )

  const directChosen = recipient.startsWith('psychologist:')
  return (
    <Page
      messages="messaging.new"
      width="max-w-2xl"
      back={
        <Link to="/messages" className="w-fit text-sm font-medium text-primary hover:underline">
          {t('messaging.new.back')}
        </Link>
      }
    >
      <QueryStates query={departments}>
        {(list) => (
          <form onSubmit={submit} className="flex flex-col gap-5" noValidate>
            <fieldset className="flex flex-col gap-4">
              <legend className="mb-2 text-lg font-bold text-ink">
                {t('messaging.new.recipient')}
              </legend>
              {isPatient && (psychologists.data?.length ?? 0) > 0 && (
                <div className="flex flex-col gap-2">
                  <h2 className="text-sm font-semibold text-ink-muted">
                    {t('messaging.new.myPsychologists')}
                  </h2>
                  {psychologists.data?.map((person) =>
                    option(`psychologist:${person.id}`, person.name[language]),
                  )}
                </div>
              )}
              <div className="flex flex-col gap-2">
                <h2 className="text-sm font-semibold text-ink-muted">
                  {t('messaging.new.departments')}
                </h2>
                {list.map((department) =>
                  option(
                    department.key,
                    department[language],
                    HINTED.has(department.key)
                      ? t(`messaging.new.departmentHints.${department.key}`)
                      : undefined,
                  ),
                )}
              </div>
            </fieldset>
            {!directChosen && (
              <TextField
                label={t('messaging.new.subject')}
                maxLength={255}
                dir="auto"
                error={fieldErrorText(errors.subject, t)}
                {...form.register('subject')}
              />
            )}
            {/* Its problem is said once below, with the send failure, rather than under the field. */}
            <TextAreaField
              label={t('messaging.new.message')}
              dir="auto"
              rows={5}
              aria-invalid={!!errors.content || undefined}
              {...form.register('content')}
            />
            {problem && (
              <p role="alert" className="font-medium text-danger">
                {problem}
              </p>
            )}
            <Button type="submit" size="lg" loading={create.isPending} className="self-start">
              {t('messaging.new.send')}
            </Button>
          </form>
        )}
      </QueryStates>
    </Page>
  )
}
