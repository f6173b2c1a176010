/** Thrown at boot for a bad setting; its message is the one line an operator needs. */
export class ConfigError extends Error {
  override name = 'ConfigError'
}
