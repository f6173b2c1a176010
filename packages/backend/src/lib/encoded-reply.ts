import type { FastifyReply, FastifyRequest } from 'fastify'
import type { EncodedBody } from './encoded-body.ts'

/**
 * Sends ready JSON bytes in the encoding the client accepts. Routes that use it set
 * `compress: false`: the body is compressed already, once for every reader of a cached answer.
 */
export function sendEncodedJson(request: FastifyRequest, reply: FastifyReply, json: EncodedBody) {
  const { body, encoding } = json.for(request.headers['accept-encoding'])
  reply.header('vary', 'accept-encoding')
  if (encoding) reply.header('content-encoding', encoding)
  // The bytes of the route's declared response, already serialised.
  return reply.type('application/json; charset=utf-8').send(body as never)
}
