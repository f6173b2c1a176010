import type { User } from '@yektayar/shared/types'
import {
  Button,
  useLanguage,
  useProblemMessage,
  useServerFieldErrors,
  useTranslation,
} from '@yektayar/ui'
import { useUpdateMe } from '../../../shared/api/update-me.ts'
import { LanguageChoice } from '../../../shared/profile/language-choice.tsx'
import { profileBodyOf } from '../../../shared/profile/profile-draft.ts'
import { ProfileFields } from '../../../shared/profile/profile-fields.tsx'
import { PROFILE_SERVER_FIELDS, useProfileForm } from '../../../shared/profile/profile-form.ts'

export interface OnboardingFormProps {
  me: User
  /** After the profile is saved. */
  onDone: () => void
}

/** First sign-in: who you are, what staff may call you, and the language you read. */
export function OnboardingForm({ me, onDone }: OnboardingFormProps) {
  const { t } = useTranslation()
  const describe = useProblemMessage()
  const language = useLanguage()
  const updateMe = useUpdateMe()
  const placeServerErrors = useServerFieldErrors()
  const form = useProfileForm(me)

  const submit = form.handleSubmit((draft) => {
    const body = profileBodyOf(draft)
    updateMe.mutate(
      { ...body, preferences: { ...body.preferences, language } },
      {
        onSuccess: onDone,
        onError: (error) => placeServerErrors(error, PROFILE_SERVER_FIELDS, form.setError),
      },
    )
  })

  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-6">
      <ProfileFields form={form} showDiscreetMode={me.type === 'patient'} />
      <LanguageChoice />
      {updateMe.error ? (
        <p
          role="alert"
          className="rounded-xl bg-danger-soft px-4 py-3 text-sm font-medium text-danger"
        >
          {describe(updateMe.error)}
        </p>
      ) : null}
      <Button type="submit" size="lg" loading={updateMe.isPending}>
        {t('onboarding.submit')}
      </Button>
    </form>
  )
}
