/**
 * Kavenegar answers HTTP 200 even when it refuses, with its own code in `return.status`. These
 * codes (Kavenegar's REST documentation, "status codes") say this message itself can never go:
 * a bad number, sender line, text, template or token. Everything else (409 "server busy", 418
 * "no credit", account or IP settings, 5xx, timeouts) may pass once the operator or Kavenegar
 * fixes it, so the delivery is retried with backoff and lands in the admins' failed list after.
 */
const PERMANENT_STATUSES = new Set([
  400, // parameters incomplete
  404, // no such method
  405, // wrong HTTP method
  406, // a required parameter is empty
  411, // receptor invalid
  412, // sender line invalid
  413, // message empty or too long
  414, // too many records in one call
  417, // bad send date
  419, // receptor/message/sender arrays of different sizes
  422, // characters that cannot be processed
  424, // template not found or not approved
  426, // the method needs Kavenegar's advanced service
  428, // a voice-call token that is not numeric
  431, // token holds a space, newline, underscore or separator
  432, // the template has no %token parameter
])

export function isPermanentKavenegarStatus(status: number): boolean {
  return PERMANENT_STATUSES.has(status)
}
