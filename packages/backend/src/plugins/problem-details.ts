import type { ErrorCode, Problem } from '@yektayar/shared'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { type AppError, type FieldError, messageOfCode, statusOfCode } from '../lib/app-error.ts'
import { localeOf } from '../lib/locale.ts'

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
}

export function problemOf(
  request: Pick<FastifyRequest, 'headers' | 'url'>,
  code: ErrorCode,
  errors?: FieldError[],
  extra?: Pick<Problem, 'resetsAt'>,
): Problem {
  const status = statusOfCode(code)
  const detail = messageOfCode(code, localeOf(request))
  return {
    type: `https://yektayar.ir/problems/${code.toLowerCase().replaceAll('_', '-')}`,
    title: TITLES[status] ?? 'Error',
    status,
    code,
    detail,
    instance: request.url.split('?')[0],
    ...(errors?.length ? { errors } : {}),
    ...extra,
  }
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.code(problem.status).type('application/problem+json; charset=utf-8').send(problem)
}

export function replyWithAppError(request: FastifyRequest, reply: FastifyReply, error: AppError) {
  for (const [name, value] of Object.entries(error.options.headers ?? {})) reply.header(name, value)
  return sendProblem(
    reply,
    problemOf(request, error.code, error.options.errors, error.options.extra),
  )
}
