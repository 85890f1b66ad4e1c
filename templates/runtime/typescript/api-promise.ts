/**
 * What a standalone function returns: a promise of its `Result` that can also tell which HTTP
 * exchange produced it, as the reference SDK's functions do: `const [result, { request,
 * response }] = await usersGet(core, id).$inspect()`.
 */
export interface Exchange {
  /** The last request sent (after hooks), when one was. */
  request?: Request | undefined;
  /** The response it got, when it got one; its body has been read. */
  response?: Response | undefined;
}

export interface APIPromise<T> extends Promise<T> {
  $inspect(): Promise<[T, Exchange]>;
}

/** Starts `run` with an exchange record it fills in, and returns its promise with `$inspect`. */
export function apiPromise<T>(run: (exchange: Exchange) => Promise<T>): APIPromise<T> {
  const exchange: Exchange = {};
  const promise = run(exchange);
  return Object.assign(promise, { $inspect: () => promise.then((value): [T, Exchange] => [value, exchange]) });
}
