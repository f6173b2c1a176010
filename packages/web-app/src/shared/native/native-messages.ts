import { addAppMessages } from '../lazy-messages.ts'
import { nativeMessagesEn } from './native-messages-en.ts'
import { nativeMessagesFa } from './native-messages-fa.ts'

/** Under `app.native`: loaded with the Android app's own code, never on the web's first screen. */
export function addNativeMessages(): void {
  addAppMessages('native', { fa: nativeMessagesFa, en: nativeMessagesEn })
}
