import type { ErrorCode } from '@yektayar/shared'
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod'
import { AppError, type FieldError, isErrorCode, statusOfCode } from '../lib/app-error.ts'
import { problemOf, replyWithAppError, sendProblem } from './problem-details.ts'

/** Fastify's own request errors, mapped to our stable codes. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_REQUEST',
  FST_ERR_RATE_LIMIT: 'RATE_LIMITED',
}

/**
 * Shared schemas put a stable code in an issue's message (IDENTIFIER_INVALID, OTP_INVALID). When
 * every issue carries one, the first becomes the problem's code, which says more than
 * VALIDATION_FAILED; `errors` keeps the per-field detail either way.
 */
function validationCode(errors: FieldError[]): ErrorCode {
  const codes = errors
    .map(({ message }) => message)
    .filter((message) => isErrorCode(message) && statusOfCode(message) === 400)
  const [first] = codes
  return first !== undefined && isErrorCode(first) && codes.length === errors.length
    ? first
    : 'VALIDATION_FAILED'
}

function toAppError(error: FastifyError): AppError | undefined {
  if (error instanceof AppError) return error
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors: FieldError[] = error.validation.map((issue) => ({
      path: `${error.validationContext ?? 'body'}${issue.instancePath.replaceAll('/', '.')}`,
      message: issue.message ?? 'invalid',
    }))
    return new AppError(validationCode(errors), 'request validation failed', { errors })
  }
  const mapped = error.code ? FASTIFY_CODES[error.code] : undefined
  if (mapped) return new AppError(mapped, error.message)
  // JSON bodies that fail to parse surface as a SyntaxError with statusCode 400.
  if (error.statusCode === 400 && error instanceof SyntaxError) {
    return new AppError('MALFORMED_JSON', error.message)
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return new AppError('BAD_REQUEST', error.message)
  }
  return undefined
}

/**
 * The single error handler: every failure becomes RFC 9457 problem+json with a stable code.
 * Unknown errors are logged whole and answered as a bare INTERNAL, never with internals.
 */
export const errorHandlerPlugin = fp(
  async (app: FastifyInstance) => {
    app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
      const appError = toAppError(error)
      if (appError) {
        if (appError.status >= 500) request.log.error({ err: error }, 'request failed')
        return replyWithAppError(request, reply, appError)
      }
      request.log.error({ err: error }, 'unhandled error')
      return sendProblem(reply, problemOf(request, 'INTERNAL'))
    })
  },
  { name: 'error-handler' },
)
