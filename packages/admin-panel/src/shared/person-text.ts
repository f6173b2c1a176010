import type { User } from '@yektayar/shared/types'

/** "First Last" from the profile, as the panel names a person; empty when they gave none. */
export const nameOf = (user: Pick<User, 'profile'>) =>
  [user.profile.firstName, user.profile.lastName]
    .filter((part) => typeof part === 'string')
    .join(' ')

/** The person's phone number (stored E.164), or their first identifier of any kind. */
export const phoneOf = (user: Pick<User, 'identifiers'>) =>
  user.identifiers.find((i) => i.type === 'phone')?.value ?? user.identifiers[0]?.value ?? ''
