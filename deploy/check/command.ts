import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

/** The repository root: commands run there, and deploy/ and packages/ are found from it. */
export const REPOSITORY_ROOT = fileURLToPath(new URL('../../', import.meta.url))

/** A command that exited non-zero; its message carries the command's output. */
export class CommandFailed extends Error {}

/** Runs a command from the repository root and answers its stdout; throws when it fails. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(command, args, { cwd: REPOSITORY_ROOT, env, encoding: 'utf8' })
  if (result.status !== 0) {
    throw new CommandFailed(
      `${command} ${args.join(' ')} exited ${result.status ?? result.error?.message}:\n${result.stdout ?? ''}${result.stderr ?? ''}`,
    )
  }
  return result.stdout
}
