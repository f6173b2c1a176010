import { createContext, type ReactNode, useContext } from 'react'

/** Where each app keeps the pages the session layer sends people to (router-relative). */
export interface SessionPaths {
  signIn: string
  /** A signed-in person's first page, and where a page they may not open sends them. */
  home: string
  /** Where sign-out leaves the browser. */
  signedOut: string
  /**
   * Where staff enrol TOTP, which the server requires before anything else: `href` opens it
   * (a document URL, so the admin panel can send people to the web app's settings), and `path`
   * is that page in this app's router, the one page the guard still opens for them.
   */
  totpSetup?: { href: string; path?: string }
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
