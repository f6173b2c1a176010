/** What people read for one error code, in each language the API speaks. */
export interface ErrorText {
  fa: string
  en: string
}
