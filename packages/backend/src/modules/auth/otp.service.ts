import { type ErrorCode, type Identifier, maskIdentifier, type OtpPurpose } from '@yektayar/shared'
import type { FastifyBaseLogger } from 'fastify'
import type { Config } from '../../config/config.ts'
import type { Db } from '../../db/database.ts'
import { AppError } from '../../lib/app-error.ts'
import type { RequestMeta } from '../../lib/request-meta.ts'
import type { Identity } from '../../plugins/identity.ts'
import { recordAudit } from '../audit/audit.service.ts'
import {
  deleteChallenge,
  deleteStaleChallenges,
  findLatestChallenge,
  insertChallenge,
  lockIdentifier,
  markConsumed,
  recentSends,
  spendAttempt,
} from './otp.repository.ts'
import { generateOtpCode, hashOtpCode, otpHashesMatch } from './otp-code.ts'

export interface OtpDeps {
  db: Db
  config: Config
  identity: Pick<Identity, 'sms' | 'email'>
  log: FastifyBaseLogger
}

export interface OtpRequest {
  identifier: Identifier
  purpose: OtpPurpose
  /** The signed-in account asking, for add-identifier. */
  userId?: string
}

const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR

function retryAfter(code: ErrorCode, seconds: number): AppError {
  const after = String(Math.max(1, Math.ceil(seconds)))
  return new AppError(code, `retry after ${after} s`, { headers: { 'retry-after': after } })
}

/**
 * Sends a fresh code, whether or not an account owns the identifier (the answer and the work are
 * the same either way).
 */
export async function issueOtp(deps: OtpDeps, request: OtpRequest, meta: RequestMeta) {
  const { otp } = deps.config.identity
  const code = generateOtpCode()
  const challengeId = await recordChallenge(deps, request, code, meta)
  await deliver(deps, request.identifier, code, meta).catch(async (error: Error) => {
    // Nothing reached the person, so the cool-down must not hold them back.
    await deleteChallenge(deps.db, challengeId)
    deps.log.error({ err: error, channel: request.identifier.type }, 'one-time code not sent')
    throw new AppError('SERVICE_UNAVAILABLE', 'code delivery failed')
  })
  return {
    sent: true as const,
    expiresInSeconds: otp.ttlSeconds,
    resendAfterSeconds: otp.cooldownSeconds,
  }
}

/**
 * Stores the code's HMAC after the cool-down and hourly checks. Sends to one identifier are
 * serialised by an advisory lock so both checks hold under concurrent requests too.
 */
function recordChallenge(deps: OtpDeps, request: OtpRequest, code: string, meta: RequestMeta) {
  const { otp, authSecret } = deps.config.identity
  const key = {
    identifier: request.identifier.value,
    purpose: request.purpose,
    userId: request.userId,
  }
  return deps.db.transaction(async (tx) => {
    await lockIdentifier(tx, key.identifier)
    const now = Date.now()
    const recent = await recentSends(tx, key, new Date(now - HOUR))
    const sinceLatest = recent.latest ? (now - recent.latest.getTime()) / 1000 : Infinity
    if (sinceLatest < otp.cooldownSeconds) {
      throw retryAfter('OTP_COOLDOWN', otp.cooldownSeconds - sinceLatest)
    }
    if (recent.count >= otp.maxPerHour && recent.oldest) {
      throw retryAfter('RATE_LIMITED', (recent.oldest.getTime() + HOUR - now) / 1000)
    }
    await deleteStaleChallenges(tx, key.identifier, new Date(now - DAY))
    return insertChallenge(tx, {
      identifierType: request.identifier.type,
      identifier: key.identifier,
      purpose: request.purpose,
      userId: request.userId ?? null,
      codeHash: hashOtpCode(authSecret, key, code),
      expiresAt: new Date(now + otp.ttlSeconds * 1000),
      createdIp: meta.ip,
    })
  })
}

function deliver(deps: OtpDeps, identifier: Identifier, code: string, meta: RequestMeta) {
  return identifier.type === 'phone'
    ? deps.identity.sms.sendOtp(identifier.value, code, meta.locale)
    : deps.identity.email.sendOtp(identifier.value, code, meta.locale)
}

export interface OtpCheck extends OtpRequest {
  code: string
}

/**
 * Spends one try of the newest code and compares it. Answers the challenge id to consume once
 * everything else about the sign-in has passed; a missing code, another identifier's code or an
 * older code all answer OTP_INVALID. The try that exhausts a code is audited.
 */
export async function checkOtp(
  deps: Pick<OtpDeps, 'db' | 'config'>,
  check: OtpCheck,
  meta: RequestMeta,
) {
  const { otp, authSecret } = deps.config.identity
  const key = { identifier: check.identifier.value, purpose: check.purpose, userId: check.userId }
  const challenge = await findLatestChallenge(deps.db, key)
  if (!challenge || challenge.consumedAt) throw new AppError('OTP_INVALID', 'no live code')
  if (challenge.attempts >= otp.maxAttempts) throw new AppError('OTP_LOCKED', 'tries used up')
  if (challenge.expiresAt.getTime() <= Date.now()) throw new AppError('OTP_EXPIRED', 'code expired')
  const attempts = await spendAttempt(deps.db, challenge.id, otp.maxAttempts)
  if (attempts === undefined) throw new AppError('OTP_LOCKED', 'tries used up')
  if (otpHashesMatch(challenge.codeHash, hashOtpCode(authSecret, key, check.code))) {
    return challenge.id
  }
  if (attempts < otp.maxAttempts) throw new AppError('OTP_INVALID', 'wrong code')
  await recordAudit(deps.db, {
    userId: check.userId ?? null,
    action: 'auth.otp_locked',
    resource: 'otp',
    resourceId: challenge.id,
    changes: { identifier: maskIdentifier(check.identifier.value), purpose: check.purpose },
    ip: meta.ip,
    userAgent: meta.userAgent,
  })
  throw new AppError('OTP_LOCKED', 'tries used up')
}

/** Marks the code used; a second use (even a concurrent one) answers OTP_INVALID. */
export async function consumeOtp(db: Db, challengeId: string): Promise<void> {
  if (!(await markConsumed(db, challengeId))) throw new AppError('OTP_INVALID', 'code already used')
}
