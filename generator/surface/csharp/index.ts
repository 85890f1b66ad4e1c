/**
 * Every name of the C# SDK that more than one emitter or page needs, computed once per run: the
 * target writes the code with these names and the docs show the same ones.
 */
import type { ApiModel } from '../../ir/model.js';
import { csClassNames } from './class-names.js';
import { csIdentifier } from './names.js';
import { runtimeClassNames } from './runtime-names.js';
import { csharpMethodInput, csharpSurface, type CsharpMethodInput, type CsharpSurface } from './sdk-surface.js';

export interface CsharpNames {
  /** Class name by model id. */
  classNames: ReadonlyMap<string, string>;
  /** Runtime classes by their template name (`SDKError`), renamed where a model takes the name. */
  runtimeClassNames: ReadonlyMap<string, string>;
  /** Group classes, their interfaces and properties, the `…Async` method names. */
  sdk: CsharpSurface;
  /** What each operation's method takes, by operation id. */
  methodInputs: ReadonlyMap<string, CsharpMethodInput>;
}

export function csharpNames(api: ApiModel, sdkClassName: string): CsharpNames {
  const classNames = csClassNames(api.models);
  const models = new Map(api.models.map((m) => [m.id, m]));
  return {
    classNames,
    runtimeClassNames: runtimeClassNames(api.models, classNames),
    // The SDK class's name as the code spells it.
    sdk: csharpSurface(api, csIdentifier(sdkClassName, 'SDK')),
    methodInputs: new Map(api.operations.map((op) => [op.id, csharpMethodInput(op, models, classNames)])),
  };
}
