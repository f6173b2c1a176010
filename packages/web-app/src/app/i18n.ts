import { initI18n } from '@yektayar/ui'
import { authMessagesEn } from '../features/auth/auth-messages-en.ts'
import { authMessagesFa } from '../features/auth/auth-messages-fa.ts'
import { homeMessagesEn } from '../features/home/home-messages-en.ts'
import { homeMessagesFa } from '../features/home/home-messages-fa.ts'
import { shellMessagesEn } from './shell-messages-en.ts'
import { shellMessagesFa } from './shell-messages-fa.ts'

/** The `app` namespace: the shell's strings plus one subtree per feature. */
export function initAppI18n() {
  return initI18n({
    fa: { shell: shellMessagesFa, home: homeMessagesFa, auth: authMessagesFa },
    en: { shell: shellMessagesEn, home: homeMessagesEn, auth: authMessagesEn },
  })
}
