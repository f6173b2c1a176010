// The dynamic configuration's vocabularies without zod, so front ends can import the values (issue 20).

/**
 * Where a key's current value comes from: the registry's fixed default, the server's environment
 * (the key's default follows an environment variable), or a value an admin stored.
 */
export const CONFIG_SOURCES = ['default', 'env', 'database'] as const
export type ConfigSource = (typeof CONFIG_SOURCES)[number]

/** The groups the configuration screen shows keys in, in the screen's order. */
export const CONFIG_GROUPS = ['care', 'safety', 'companion', 'files'] as const
export type ConfigGroup = (typeof CONFIG_GROUPS)[number]

/** What is stored in a sensitive key's `value` and `default` in answers: never the secret. */
export const CONFIG_MASK = '••••••'
