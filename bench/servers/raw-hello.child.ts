import { createServer } from 'node:http'

// The baseline every ratio divides by: node:http with nothing on top. It serialises JSON per
// request, as Fastify's own benchmark baseline does, so the comparison is like for like.
createServer((_request, response) => {
  const body = JSON.stringify({ hello: 'world' })
  response.writeHead(200, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  })
  response.end(body)
}).listen(Number(process.env.PORT), process.env.HOST)
