import { z } from 'zod'
import { type CareConfig, careConfigOf, careEnvShape } from './care-config.ts'
import { type ChannelsConfig, channelsConfigOf, channelsEnvShape } from './channels-config.ts'
import { type CompanionSettings, companionConfigOf, companionEnvShape } from './companion-config.ts'
import { ConfigError } from './config-error.ts'
import { type FilesConfig, filesConfigOf, filesEnvShape } from './files-config.ts'
import { type IdentityConfig, identityConfigOf, identityEnvShape } from './identity-config.ts'
import { type LearningConfig, learningConfigOf, learningEnvShape } from './learning-config.ts'
import { type MessagingConfig, messagingConfigOf, messagingEnvShape } from './messaging-config.ts'
import { type MobileConfig, mobileConfigOf, mobileEnvShape } from './mobile-config.ts'
import {
  type NotificationDeliveryConfig,
  notificationDeliveryConfigOf,
  notificationDeliveryEnvShape,
} from './notification-delivery-config.ts'
import {
  type NotificationListConfig,
  notificationListConfigOf,
  notificationListEnvShape,
} from './notification-list-config.ts'
import { type PaymentsConfig, paymentsConfigOf, paymentsEnvShape } from './payments-config.ts'
import { type ReportsConfig, reportsConfigOf, reportsEnvShape } from './reports-config.ts'
import { type SafetyConfig, safetyConfigOf, safetyEnvShape } from './safety-config.ts'
import { type ServerConfig, serverConfigOf, serverEnvShape } from './server-config.ts'
import { type SessionsConfig, sessionsConfigOf, sessionsEnvShape } from './sessions-config.ts'

/** Every setting the backend reads, one area per file. Names match .env.example one to one. */
const envSchema = z.object({
  ...serverEnvShape,
  ...sessionsEnvShape,
  ...identityEnvShape,
  ...careEnvShape,
  ...messagingEnvShape,
  ...notificationDeliveryEnvShape,
  ...notificationListEnvShape,
  ...paymentsEnvShape,
  ...channelsEnvShape,
  ...filesEnvShape,
  ...learningEnvShape,
  ...reportsEnvShape,
  ...safetyEnvShape,
  ...companionEnvShape,
  ...mobileEnvShape,
})

/** The names of every variable read, for the test that keeps .env.example complete. */
export const ENV_VARIABLES = Object.keys(envSchema.shape)

type ParsedEnv = z.output<typeof envSchema>

export interface Config extends ServerConfig {
  sessions: SessionsConfig
  identity: IdentityConfig
  care: CareConfig
  messaging: MessagingConfig
  notificationDelivery: NotificationDeliveryConfig
  notificationList: NotificationListConfig
  payments: PaymentsConfig
  channels: ChannelsConfig
  files: FilesConfig
  learning: LearningConfig
  reports: ReportsConfig
  safety: SafetyConfig
  companion: CompanionSettings
  mobile: MobileConfig
}

export type { NotesKey } from './care-config.ts'
export type {
  CareConfig,
  ChannelsConfig,
  FilesConfig,
  IdentityConfig,
  LearningConfig,
  MessagingConfig,
  NotificationDeliveryConfig,
  PaymentsConfig,
  SessionsConfig,
}
export { ConfigError }

/** Reads and checks every setting; a bad one throws a ConfigError whose message is one line. */
export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  const withoutBlanks = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ''))
  const result = envSchema.safeParse(withoutBlanks)
  if (!result.success) {
    const issue = result.error.issues[0]
    const variable = issue?.path.join('.') ?? 'environment'
    throw new ConfigError(`Invalid setting ${variable}: ${issue?.message ?? 'invalid value'}`)
  }
  return toConfig(result.data)
}

function toConfig(env: ParsedEnv): Config {
  const server = serverConfigOf(env)
  return {
    ...server,
    sessions: sessionsConfigOf(env, server.isProduction),
    identity: identityConfigOf(env, server.isProduction),
    care: careConfigOf(env, server.isProduction),
    messaging: messagingConfigOf(env),
    notificationDelivery: notificationDeliveryConfigOf(env),
    notificationList: notificationListConfigOf(env),
    payments: paymentsConfigOf(env),
    channels: channelsConfigOf(env, server.isProduction),
    files: filesConfigOf(env, server.database.dataDir),
    learning: learningConfigOf(env),
    reports: reportsConfigOf(env),
    safety: safetyConfigOf(env),
    companion: companionConfigOf(env),
    mobile: mobileConfigOf(env),
  }
}
