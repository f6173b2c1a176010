import { zodResolver } from '@hookform/resolvers/zod'
import { profilePatchSchema } from '@yektayar/shared'
import type { User } from '@yektayar/shared/types'
import { useForm } from 'react-hook-form'
import { z } from 'zod'
import { draftOf, type ProfileDraft } from './profile-draft.ts'

// The server's own rule for a name (trimmed, 1 to 100 characters), from the shared contract.
const nameSchema = profilePatchSchema.shape.firstName.unwrap().unwrap()

/**
 * What the server would refuse, checked by the field. Discreet mode needs a nickname: without
 * one staff would still see the real name, which is not what the switch promises.
 */
const profileFormSchema = z
  .object({
    firstName: nameSchema,
    lastName: nameSchema,
    nickname: z.string(),
    discreetMode: z.boolean(),
  })
  .superRefine(({ nickname, discreetMode }, context) => {
    const given = nickname.trim() !== ''
    if (!given && discreetMode) {
      context.addIssue({
        code: 'custom',
        path: ['nickname'],
        message: 'common.profile.errors.nicknameRequired',
      })
    } else if (given && !nameSchema.safeParse(nickname).success) {
      context.addIssue({
        code: 'custom',
        path: ['nickname'],
        message: 'common.profile.errors.tooLong',
      })
    }
  })

/** Message keys for the shared name rule's checks; the form's own checks carry theirs. */
function profileIssueKey(issue: { code?: string; path?: PropertyKey[] }) {
  if (issue.code === 'too_small') return `common.profile.errors.${String(issue.path?.[0])}Required`
  if (issue.code === 'too_big') return 'common.profile.errors.tooLong'
  return undefined
}

/** Where the server's field errors (problem+json paths) show in the profile fields. */
export const PROFILE_SERVER_FIELDS = {
  'body.profile.firstName': 'firstName',
  'body.profile.lastName': 'lastName',
  'body.profile.displayName': 'nickname',
} as const

/** The welcome form's and Settings' profile form, checked with the shared contract's rules. */
export function useProfileForm(me: User) {
  return useForm<ProfileDraft>({
    defaultValues: draftOf(me),
    resolver: zodResolver(profileFormSchema, { error: profileIssueKey }),
  })
}
