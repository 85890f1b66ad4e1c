/**
 * Reads an `http(s)://` input: redirects followed (fetch's own limit), a time limit for the
 * whole response, a size limit checked while the body streams in, and every failure told as a
 * reason naming the URL, never a stack trace. `--offline` refuses before any connection.
 */
export interface NetworkPolicy {
  /** Refuse the network: every URL input fails with the reason. */
  offline?: boolean;
  timeoutMs?: number;
  maxBytes?: number;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

export type FetchResult = { ok: true; bytes: Buffer; finalUrl: string } | { ok: false; reason: string };

export async function fetchSource(url: string, policy: NetworkPolicy = {}): Promise<FetchResult> {
  if (policy.offline) return { ok: false, reason: `${url} is a URL and the network is off (--offline); download it and give the file instead` };
  const timeoutMs = policy.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = policy.maxBytes ?? DEFAULT_MAX_BYTES;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, { redirect: 'follow', signal: controller.signal, headers: { accept: 'application/yaml, application/json, text/yaml, text/plain, */*' } });
    if (!response.ok)
      return { ok: false, reason: `fetching ${url} answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}${response.url !== url ? ` (from ${response.url})` : ''}` };
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > maxBytes) return { ok: false, reason: `${url} is ${declared} bytes, more than the limit of ${maxBytes}` };
    const chunks: Uint8Array[] = [];
    let size = 0;
    const reader = response.body?.getReader();
    while (reader) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        controller.abort();
        return { ok: false, reason: `${url} is more than the limit of ${maxBytes} bytes` };
      }
      chunks.push(value);
    }
    return { ok: true, bytes: Buffer.concat(chunks), finalUrl: response.url || url };
  } catch (error) {
    if (controller.signal.aborted) return { ok: false, reason: `fetching ${url} took more than ${timeoutMs / 1000} s` };
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const why = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
    return { ok: false, reason: `cannot fetch ${url}: ${why}` };
  } finally {
    clearTimeout(timer);
  }
}
