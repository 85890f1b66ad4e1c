/**
 * The value a standalone function returns: it never throws for an API or transport failure, so
 * callers handle both outcomes where they call, and bundles keep only the code they use.
 */
export type Result<T, E = unknown> = { readonly ok: true; readonly value: T; readonly error?: undefined } | { readonly ok: false; readonly error: E; readonly value?: undefined };

export function OK<T>(value: T): Result<T, never> {
  return { ok: true, value };
}

export function ERR<E>(error: E): Result<never, E> {
  return { ok: false, error };
}

/** The value of a result, or its error thrown: how the SDK class methods turn results into promises. */
export async function unwrapAsync<T, E>(result: Promise<Result<T, E>>): Promise<T> {
  const settled = await result;
  if (settled.ok) return settled.value;
  throw settled.error;
}

/** The value of a result, or its error thrown, for a result at hand. */
export function unwrap<T, E>(result: Result<T, E>): T {
  if (result.ok) return result.value;
  throw result.error;
}

/** The reference SDK's name for the result of `<model>FromJSON`: the same type. */
export type SafeParseResult<T, E> = Result<T, E>;
