import { concurrencyLimit } from '../lib/concurrency-limit.ts'

/**
 * Handles a fetched batch a few jobs at a time. pg-boss fails and retries the whole batch when
 * this throws, so handlers must be idempotent: the jobs that went through find their work done.
 * Every job is tried before the batch fails, so one bad job does not cut the others short.
 */
export async function runBatch<T>(
  items: T[],
  parallel: number,
  handle: (item: T) => Promise<unknown>,
): Promise<void> {
  const limited = concurrencyLimit(parallel)
  const results = await Promise.allSettled(items.map((item) => limited(() => handle(item))))
  const failures = results.flatMap((result) =>
    result.status === 'rejected' ? [result.reason] : [],
  )
  if (failures.length > 0)
    throw new AggregateError(failures, `${failures.length} of ${items.length} failed`)
}
