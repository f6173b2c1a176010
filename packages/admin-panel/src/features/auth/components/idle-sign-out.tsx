import { useQueryClient } from '@tanstack/react-query'
import { Button, SESSION_KEY, useSession, useSignOut, useTranslation } from '@yektayar/ui'
import { useEffect, useRef, useState } from 'react'
import { useNavigate } from 'react-router'
import { ModalDialog } from '../../../shared/modal-dialog.tsx'
import { type IdleState, idleStateOf, lastActivity, recordActivity } from '../idle-timer.ts'

const CHECK_EVERY_MS = 10_000
// Activity in the panel that makes no request (reading, typing) still keeps the server's
// session: it is told at most this often.
const TOUCH_SERVER_EVERY_MS = 5 * 60_000
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const

/**
 * Staff sessions end on the server after the staff idle time; the panel signs out on its own
 * at the same moment, after warning two minutes before, so nobody finds a dead page and an
 * unattended screen does not stay open.
 */
export function IdleSignOut() {
  const { t } = useTranslation()
  const idleMinutes = useSession().data?.session.idleMinutes
  const state = useIdleState(idleMinutes)
  const stay = useStaySignedIn()
  return (
    <ModalDialog open={state === 'warning'} title={t('auth.idle.title')} onClose={stay}>
      <p className="text-ink-muted">{t('auth.idle.body')}</p>
      <div className="flex justify-end">
        <Button onClick={stay}>{t('auth.idle.stay')}</Button>
      </div>
    </ModalDialog>
  )
}

function useStaySignedIn() {
  const queryClient = useQueryClient()
  return () => {
    recordActivity()
    void queryClient.invalidateQueries({ queryKey: SESSION_KEY })
  }
}

function useIdleState(idleMinutes: number | undefined): IdleState {
  const [state, setState] = useState<IdleState>('active')
  const signOut = useSignOut()
  const navigate = useNavigate()
  const stay = useStaySignedIn()
  // The timer reads the latest of these without restarting whenever a render makes new ones.
  const actions = useRef({ signOut, navigate, stay })
  actions.current = { signOut, navigate, stay }
  useEffect(() => {
    if (!idleMinutes) return
    const limit = idleMinutes * 60_000
    let mine = Date.now()
    let touched = mine
    recordActivity(mine)
    const onActivity = () => {
      mine = Date.now()
      recordActivity(mine)
      if (mine - touched > TOUCH_SERVER_EVERY_MS) {
        touched = mine
        actions.current.stay()
      }
    }
    const check = () => {
      const next = idleStateOf(Date.now() - lastActivity(mine), limit)
      setState(next)
      if (next === 'expired') {
        window.clearInterval(timer)
        const { signOut, navigate } = actions.current
        signOut.mutate(undefined, {
          onSettled: () => navigate('/sign-in', { replace: true, state: { idle: true } }),
        })
      }
    }
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onActivity, { passive: true })
    const timer = window.setInterval(check, CHECK_EVERY_MS)
    return () => {
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity)
      window.clearInterval(timer)
    }
  }, [idleMinutes])
  return state
}
