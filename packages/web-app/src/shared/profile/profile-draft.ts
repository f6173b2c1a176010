import type { UpdateMeBody, User } from '@yektayar/shared/types'

/** The editable part of a profile, as the form holds it (plain strings, never undefined). */
export interface ProfileDraft {
  firstName: string
  lastName: string
  /** profile.displayName: the nickname staff see in discreet mode. */
  nickname: string
  discreetMode: boolean
}

const text = (value: unknown) => (typeof value === 'string' ? value : '')

export function draftOf(user: User | undefined): ProfileDraft {
  return {
    firstName: text(user?.profile.firstName),
    lastName: text(user?.profile.lastName),
    nickname: text(user?.profile.displayName),
    discreetMode: user?.preferences.discreetMode === true,
  }
}

export function profileBodyOf(draft: ProfileDraft): UpdateMeBody {
  const nickname = draft.nickname.trim()
  return {
    profile: {
      firstName: draft.firstName.trim(),
      lastName: draft.lastName.trim(),
      // null clears a nickname someone removed.
      displayName: nickname === '' ? null : nickname,
    },
    preferences: { discreetMode: draft.discreetMode },
  }
}
