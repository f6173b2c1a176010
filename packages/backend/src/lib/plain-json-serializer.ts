/**
 * A route-level serializer compiler that skips Zod on the way out. The zod type provider
 * parses every response against its schema before JSON.stringify, which costs as much as the
 * rest of a small authenticated request; for a hot route whose answer the handler builds field
 * by field from trusted values (nothing to strip) this keeps the schema for types and OpenAPI
 * and serialises directly.
 */
export const plainJsonSerializer = () => (data: unknown) => JSON.stringify(data)
