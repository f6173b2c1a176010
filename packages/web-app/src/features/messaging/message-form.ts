import { zodResolver } from '@hookform/resolvers/zod'
import { editMessageBodySchema } from '@yektayar/shared'

/** A message's text as the server takes it (composer and editor): not blank, not too long. */
export type MessageForm = { content: string }

export const messageFormResolver = zodResolver(editMessageBodySchema)

/** Where the server's field errors about a message's text land. */
export const MESSAGE_SERVER_FIELDS = { 'body.content': 'content' } as const
