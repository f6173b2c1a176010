import { fileURLToPath } from 'node:url'

/** Children run from the repository root, where `--import tsx` and the workspaces resolve. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))
