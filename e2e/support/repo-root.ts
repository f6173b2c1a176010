import { fileURLToPath } from 'node:url'

/** The backend and `npm run build` run from the repository root, where the workspaces resolve. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))
