/**
 * Classes of the hand-written runtime that live in the generated model namespaces (the docs
 * name `HTTPMetadata` and `SDKError`). A model may already use one of these names; the runtime
 * class then takes another name, by rewriting its identifier in every runtime file.
 */
import type { Model, ModelNamespace } from '../../ir/model.js';
import { firstFree } from '../common/deconflict.js';

export interface RuntimeClass {
  /** Identifier as written in templates/runtime/csharp. */
  token: string;
  namespace: ModelNamespace;
  /** Names to try, in order, when a model has the token's name. */
  alternatives: string[];
}

export const RUNTIME_MODEL_CLASSES: readonly RuntimeClass[] = [
  { token: 'HTTPMetadata', namespace: 'components', alternatives: ['HTTPMetadata', 'HttpMetadataInfo'] },
  { token: 'ApiException', namespace: 'errors', alternatives: ['ApiException', 'SDKApiException'] },
  { token: 'SDKError', namespace: 'errors', alternatives: ['SDKError', 'SDKDefaultError', 'SDKHttpError'] },
  { token: 'TransportException', namespace: 'errors', alternatives: ['TransportException', 'SDKTransportException'] },
  { token: 'ConnectionException', namespace: 'errors', alternatives: ['ConnectionException', 'SDKConnectionException'] },
  { token: 'RequestTimeoutException', namespace: 'errors', alternatives: ['RequestTimeoutException', 'SDKRequestTimeoutException'] },
  { token: 'ResponseValidationException', namespace: 'errors', alternatives: ['ResponseValidationException', 'SDKResponseValidationException'] },
];

/** Final name of each runtime model-namespace class, by token. */
export function runtimeClassNames(models: readonly Model[], classNames: ReadonlyMap<string, string>): Map<string, string> {
  const taken = new Map<ModelNamespace, Set<string>>();
  for (const model of models) {
    const set = taken.get(model.namespace) ?? taken.set(model.namespace, new Set()).get(model.namespace)!;
    set.add(classNames.get(model.id)!.toLowerCase());
  }
  const result = new Map<string, string>();
  for (const cls of RUNTIME_MODEL_CLASSES) {
    const used = taken.get(cls.namespace) ?? new Set<string>();
    const lower = new Set([...used]);
    const name = firstFree(cls.alternatives, { has: (n: string) => lower.has(n.toLowerCase()) } as ReadonlySet<string>);
    result.set(cls.token, name);
    lower.add(name.toLowerCase());
    taken.set(cls.namespace, lower);
  }
  return result;
}
