import type { ComponentType } from 'react'
import type { RouteObject } from 'react-router'
import { LoadingState } from '../components/loading-state.tsx'
import { RouteError } from './route-error.tsx'

/** An app's pages inside its shell, with the loading and error states both apps share. */
export function framedRoutes(Shell: ComponentType, pages: RouteObject[]): RouteObject[] {
  return [
    {
      Component: Shell,
      ErrorBoundary: RouteError,
      children: [
        {
          // Pathless, so the fallback and errors render inside the shell and the header
          // (language switch included) stays usable while a page's chunk loads or fails.
          HydrateFallback: LoadingState,
          ErrorBoundary: RouteError,
          children: pages,
        },
      ],
    },
  ]
}
