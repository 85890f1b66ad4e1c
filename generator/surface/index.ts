/**
 * The names stage: the public names of the SDK a target writes, from the IR alone, computed once
 * per run and handed to the target and to the docs as data.
 */
import type { ApiModel } from '../ir/model.js';
import { csharpNames, type CsharpNames } from './csharp/index.js';
import { typescriptNames, type TypescriptNames } from './typescript/index.js';

export type Surface = { target: 'typescript'; typescript: TypescriptNames } | { target: 'csharp'; csharp: CsharpNames };

export function nameSurface(target: Surface['target'], api: ApiModel, settings: { sdkClassName: string }): Surface {
  return target === 'typescript' ? { target, typescript: typescriptNames(api) } : { target, csharp: csharpNames(api, settings.sdkClassName) };
}
