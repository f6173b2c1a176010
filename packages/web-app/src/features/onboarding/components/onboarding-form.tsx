import type { User } from '@yektayar/shared/types'
import { Button, useLanguage, useProblemMessage, useTranslation } from '@yektayar/ui'
import { type FormEvent, useState } from 'react'
import { useUpdateMe } from '../../../shared/api/update-me.ts'
import { LanguageChoice } from '../../../shared/profile/language-choice.tsx'
import {
  draftOf,
  type ProfileErrors,
  profileBodyOf,
  validateDraft,
} from '../../../shared/profile/profile-draft.ts'
import { ProfileFields } from '../../../shared/profile/profile-fields.tsx'

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
  const [draft, setDraft] = useState(() => draftOf(me))
  const [errors, setErrors] = useState<ProfileErrors>({})

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const found = validateDraft(draft)
    setErrors(found)
    if (Object.keys(found).length > 0) return
    const body = profileBodyOf(draft)
    updateMe.mutate(
      { ...body, preferences: { ...body.preferences, language } },
      { onSuccess: onDone },
    )
  }

  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-6">
      <ProfileFields
        value={draft}
        onChange={setDraft}
        errors={errors}
        showDiscreetMode={me.type === 'patient'}
      />
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
