/**
 * The liveness and readiness probes. Load balancers and orchestrators call them every few
 * seconds; people never do. Their request lines are not logged, and their answers carry no
 * browser headers: `{"status":"ok"}` read by a machine has nothing for CSP, framing, sniffing or
 * referrer rules to protect, and a request id would name a log line that is never written.
 */
export const PROBE_PATHS: ReadonlySet<string> = new Set(['/healthz', '/readyz'])
