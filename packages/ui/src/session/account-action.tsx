import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { Button, type ButtonVariant, buttonClasses } from '../components/button.tsx'
import { useSession } from './api/session.ts'
import { useSignOut } from './api/sign-out.ts'
import { useSessionPaths } from './session-paths.tsx'

// Narrower on a phone, where the header row also holds the app's actions (see AppFrame).
const NO_WRAP = 'shrink-0 whitespace-nowrap max-sm:px-3'

export interface SignOutButtonProps {
  variant?: ButtonVariant
}

/** Ends the session on the server, forgets everything cached, and leaves the signed-in pages. */
export function SignOutButton({ variant = 'secondary' }: SignOutButtonProps) {
  const { t } = useTranslation('ui')
  const signOut = useSignOut()
  const navigate = useNavigate()
  const { signedOut } = useSessionPaths()
  return (
    // Offline the server could not end the session, and a cookie left alive would outlast it.
    <Button
      variant={variant}
      className={NO_WRAP}
      needsConnection
      loading={signOut.isPending}
      onClick={() =>
        signOut.mutate(undefined, { onSettled: () => navigate(signedOut, { replace: true }) })
      }
    >
      {t('session.signOut')}
    </Button>
  )
}

/** The header's account button: sign-in for visitors, sign-out for the signed in. */
export function AccountAction() {
  const { t } = useTranslation('ui')
  const session = useSession()
  const { signIn } = useSessionPaths()
  if (session.data) return <SignOutButton />
  return (
    <Link to={signIn} className={buttonClasses({ className: NO_WRAP })}>
      {t('session.signIn')}
    </Link>
  )
}
