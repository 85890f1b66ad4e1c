import type { RetryConfig } from '../../../ir/model.js';

/** A retry policy (the document's default or one operation's) as the runtime's RetryConfig literal. */
export function retriesJson(retries: RetryConfig): string {
  const { strategy, backoff, statusCodes, retryConnectionErrors } = retries;
  return JSON.stringify({ strategy, ...(backoff ? { backoff } : {}), statusCodes, retryConnectionErrors });
}
