/** Persian strings of the session layer (namespace `ui`, under `session`). */
export const sessionMessagesFa = {
  signIn: 'ورود',
  signOut: 'خروج',
}
