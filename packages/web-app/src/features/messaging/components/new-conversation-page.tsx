import { MESSAGE_MAX_LENGTH } from '@yektayar/shared/types'
import {
  Button,
  cx,
  ErrorState,
  LoadingState,
  TextField,
  useLanguage,
  useProblemMessage,
  useSession,
  useTranslation,
} from '@yektayar/ui'
import { type FormEvent, useId, useState } from 'react'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { useDepartments } from '../api/departments.ts'
import { useMyPsychologists } from '../api/my-psychologists.ts'
import { useCreateThread } from '../api/threads.ts'
import { characterCount } from '../message-length.ts'
import { newClientId, outbox } from '../realtime/outbox.ts'

const HINTED = new Set(['reception', 'clinical', 'billing', 'technical'])

/**
 * /messages/new: to a department (a new thread with its first message), or for a patient to
 * a psychologist they have an appointment with (their direct thread, opened if need be).
 * `?to=<department>` or `?to=psychologist:<id>` preselects the recipient.
 */
export function NewConversationPage() {
  const { t } = useTranslation()
  const language = useLanguage()
  const describe = useProblemMessage()
  const navigate = useNavigate()
  const [search] = useSearchParams()
  const session = useSession()
  const isPatient = session.data?.user.type === 'patient'
  const departments = useDepartments()
  const psychologists = useMyPsychologists(isPatient)
  const create = useCreateThread()
  const [recipient, setRecipient] = useState(search.get('to') ?? '')
  const [subject, setSubject] = useState('')
  const [content, setContent] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const messageId = useId()
  const [clientId] = useState(newClientId)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!recipient) return setProblem(t('messaging.new.chooseRecipient'))
    if (!/\S/u.test(content) || characterCount(content) > MESSAGE_MAX_LENGTH) {
      return setProblem(t('messaging.new.writeMessage'))
    }
    setProblem(null)
    if (recipient.startsWith('psychologist:')) {
      const userId = recipient.slice('psychologist:'.length)
      create.mutate(
        { kind: 'direct', userId },
        {
          onSuccess: ({ thread }) => {
            outbox.send(thread.id, content)
            navigate(`/messages/${thread.id}`, { replace: true })
          },
        },
      )
      return
    }
    create.mutate(
      {
        kind: 'department',
        category: recipient,
        content,
        clientId,
        ...(subject.trim() ? { title: subject.trim() } : {}),
      },
      { onSuccess: ({ thread }) => navigate(`/messages/${thread.id}`, { replace: true }) },
    )
  }

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
        name="recipient"
        value={value}
        checked={recipient === value}
        onChange={() => setRecipient(value)}
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
    <div className="mx-auto flex w-full max-w-2xl flex-col gap-6 px-4 py-8 sm:py-10">
      <title>{t('messaging.new.pageTitle')}</title>
      <header className="flex flex-col gap-2">
        <Link to="/messages" className="w-fit text-sm font-medium text-primary hover:underline">
          {t('messaging.new.back')}
        </Link>
        <h1 className="text-3xl font-extrabold text-ink">{t('messaging.new.title')}</h1>
        <p className="text-ink-muted">{t('messaging.new.lead')}</p>
      </header>
      {departments.isPending ? (
        <LoadingState />
      ) : departments.isError ? (
        <ErrorState error={departments.error} onRetry={() => departments.refetch()} />
      ) : (
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
              {departments.data.map((department) =>
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
              value={subject}
              maxLength={255}
              dir="auto"
              onChange={(event) => setSubject(event.target.value)}
            />
          )}
          <div className="flex flex-col gap-1.5">
            <label htmlFor={messageId} className="text-sm font-medium text-ink">
              {t('messaging.new.message')}
            </label>
            <textarea
              id={messageId}
              dir="auto"
              rows={5}
              value={content}
              onChange={(event) => setContent(event.target.value)}
              className="w-full rounded-xl border border-line-strong bg-surface px-4 py-3 text-base text-ink"
            />
          </div>
          {(problem || create.isError) && (
            <p role="alert" className="font-medium text-danger">
              {problem ?? describe(create.error)}
            </p>
          )}
          <Button type="submit" size="lg" loading={create.isPending} className="self-start">
            {t('messaging.new.send')}
          </Button>
        </form>
      )}
    </div>
  )
}
