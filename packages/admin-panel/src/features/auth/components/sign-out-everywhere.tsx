import { Button, useProblemMessage, useSession, useTranslation } from '@yektayar/ui'
import { useNavigate } from 'react-router'
import { useSignOutEverywhere } from '../api/sign-out-everywhere.ts'

/** Ends every session of the signed-in person (a lost laptop, a shared computer). */
export function SignOutEverywhere() {
  const { t } = useTranslation()
  const problemMessage = useProblemMessage()
  const session = useSession()
  const signOut = useSignOutEverywhere()
  const navigate = useNavigate()
  if (!session.data) return null
  return (
    <>
      <Button
        variant="ghost"
        className="shrink-0 whitespace-nowrap max-sm:hidden"
        loading={signOut.isPending}
        needsConnection
        onClick={() =>
          signOut.mutate(undefined, { onSuccess: () => navigate('/sign-in', { replace: true }) })
        }
      >
        {t('auth.everywhere')}
      </Button>
      {signOut.isError && (
        <span role="alert" className="sr-only">
          {problemMessage(signOut.error)}
        </span>
      )}
    </>
  )
}
