import { createContext, type ReactNode, useContext } from 'react'

/** Where each app keeps the pages the session layer sends people to (router-relative). */
export interface SessionPaths {
  signIn: string
  /** A signed-in person's first page, and where a page they may not open sends them. */
  home: string
  /** Where sign-out leaves the browser. */
  signedOut: string
}

const SessionPathsContext = createContext<SessionPaths>({
  signIn: '/sign-in',
  home: '/',
  signedOut: '/',
})

export interface SessionPathsProviderProps {
  paths: SessionPaths
  children: ReactNode
}

/** Set once by each app's shell, so guards and sign-in buttons deep in features agree. */
export function SessionPathsProvider({ paths, children }: SessionPathsProviderProps) {
  return <SessionPathsContext value={paths}>{children}</SessionPathsContext>
}

export function useSessionPaths(): SessionPaths {
  return useContext(SessionPathsContext)
}
