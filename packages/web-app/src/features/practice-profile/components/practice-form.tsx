import { zodResolver } from '@hookform/resolvers/zod'
import type { MyProfessionalProfile } from '@yektayar/shared/types'
import {
  Button,
  Card,
  Notice,
  useLanguage,
  useServerFieldErrors,
  useTranslation,
} from '@yektayar/ui'
import { type ReactNode, useState } from 'react'
import { FormProvider, useForm, useWatch } from 'react-hook-form'
import { type PracticeChanges, useSavePractice } from '../api/save-practice.ts'
import {
  draftOf,
  type PracticeDraft,
  type PracticeInput,
  practiceFormSchema,
  serverFieldsOf,
  snapshotsOf,
} from '../practice-form-model.ts'
import { AboutFields } from './about-fields.tsx'
import { SaveProblem } from './save-problem.tsx'
import { SessionTypesEditor } from './session-types-editor.tsx'
import { UnsavedChangesGuard } from './unsaved-changes-guard.tsx'
import { WhereFields } from './where-fields.tsx'

export interface PracticeFormProps {
  profile: MyProfessionalProfile
}

const resolver = zodResolver(practiceFormSchema)

/**
 * The practice as patients see it, saved with one button. The draft is taken from the
 * profile once, so a refetch never wipes what is being typed; only the parts that changed are
 * sent.
 */
export function PracticeForm({ profile }: PracticeFormProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const placeServerErrors = useServerFieldErrors()
  const save = useSavePractice()
  const form = useForm<PracticeDraft, unknown, PracticeInput>({
    defaultValues: draftOf(profile, language),
    resolver,
  })
  const draft = useWatch({ control: form.control }) as PracticeDraft
  const [saved, setSaved] = useState(() => snapshotsOf(draftOf(profile, 'en')))
  const [notice, setNotice] = useState(false)
  const [generalError, setGeneralError] = useState<unknown>(null)
  const now = snapshotsOf(draft)
  const changed = {
    profile: now.profile !== saved.profile,
    types: now.sessionTypes !== saved.sessionTypes,
  }
  const dirty = changed.profile || changed.types
  const { errors, submitCount } = form.formState

  const onEdit = () => {
    setNotice(false)
    setGeneralError(null)
  }

  const submit = form.handleSubmit((input) => {
    onEdit()
    const typed = form.getValues()
    const changes: PracticeChanges = {
      profile: changed.profile ? input.profile : undefined,
      sessionTypes: changed.types ? input.sessionTypes : undefined,
    }
    save.mutate(changes, {
      onSuccess: (stored) => {
        // The stored list gives new types their ids, so the next save edits rather than adds.
        const fresh = draftOf(stored, language)
        form.reset({ ...typed, sessionTypes: fresh.sessionTypes })
        setSaved(snapshotsOf(draftOf(stored, 'en')))
        setNotice(true)
      },
      onError: (error) => {
        if (!placeServerErrors(error, serverFieldsOf(typed), form.setError)) setGeneralError(error)
      },
    })
  })

  return (
    <FormProvider {...form}>
      <UnsavedChangesGuard when={dirty && !save.isPending} />
      <form onSubmit={submit} noValidate className="flex flex-col gap-6">
        <Section title={t('practiceProfile.about.title')} lead={t('practiceProfile.about.lead')}>
          <AboutFields onEdit={onEdit} />
        </Section>
        <Section title={t('practiceProfile.where.title')} lead={t('practiceProfile.where.lead')}>
          <WhereFields onEdit={onEdit} />
        </Section>
        <Section
          title={t('practiceProfile.sessionTypes.title')}
          lead={t('practiceProfile.sessionTypes.lead')}
        >
          <SessionTypesEditor onEdit={onEdit} />
        </Section>
        <div className="flex flex-col gap-3">
          {notice && (
            <Notice tone="success" onDismiss={() => setNotice(false)}>
              {t('practiceProfile.save.saved')}
            </Notice>
          )}
          {submitCount > 0 && Object.keys(errors).length > 0 && (
            <p role="alert" className="text-sm font-medium text-danger">
              {t('practiceProfile.save.fixFirst')}
            </p>
          )}
          <SaveProblem error={generalError} />
          <div className="flex flex-wrap items-center justify-between gap-3">
            <p className="text-sm text-ink-muted" aria-live="polite">
              {dirty ? t('practiceProfile.save.unsaved') : ''}
            </p>
            <Button
              type="submit"
              loading={save.isPending}
              disabled={!dirty}
              needsConnection
              className="w-full sm:w-auto"
            >
              {t('practiceProfile.save.action')}
            </Button>
          </div>
        </div>
      </form>
    </FormProvider>
  )
}

function Section({ title, lead, children }: { title: string; lead: string; children: ReactNode }) {
  return (
    <Card className="flex flex-col gap-5 p-5 sm:p-6">
      <div className="flex flex-col gap-1">
        <h2 className="text-lg font-bold text-ink">{title}</h2>
        <p className="text-sm text-ink-muted">{lead}</p>
      </div>
      {children}
    </Card>
  )
}
