/**
 * For the hottest reads (the thread list, message pages): their rows are built field by field by
 * our own mappers, so validating them again against the Zod schema on the way out only costs
 * time. A string is JSON already (a cached page). The schema stays on the route for the
 * OpenAPI document.
 */
export const plainJson = {
  serializerCompiler: () => (data: unknown) =>
    typeof data === 'string' ? data : JSON.stringify(data),
}
