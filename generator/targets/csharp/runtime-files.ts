/**
 * The hand-written runtime (templates/runtime/csharp/*.cs), copied into `Utils/` and the model
 * folders. The templates are real C# under the namespace `Sdkwright.Runtime`; copying puts them
 * under the SDK's namespace and gives runtime classes another name where a model took theirs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EmittedFile } from '../../write/emitted-file.js';
import type { CsContext } from './context.js';
import { GENERATED_HEADER } from './text.js';

// generator/targets/csharp/ (sources) and dist/targets/csharp/ (build) are three levels below the root.
const RUNTIME_DIR = fileURLToPath(new URL('../../../templates/runtime/csharp/', import.meta.url));

export const TEMPLATE_NAMESPACE = 'Sdkwright.Runtime';

/** Where each template goes; files not listed go to `Utils/`. */
const PLACES: Record<string, string> = {
  'HTTPMetadata.cs': 'Models/Components',
  'Errors.cs': 'Models/Errors',
  'HookTypes.cs': 'Hooks',
  'SDKHooks.cs': 'Hooks',
};

let templates: { name: string; text: string }[] | undefined;

function readTemplates(): { name: string; text: string }[] {
  templates ??= readdirSync(RUNTIME_DIR)
    .filter((f) => f.endsWith('.cs'))
    .sort()
    .map((name) => ({ name, text: readFileSync(RUNTIME_DIR + name, 'utf8').replace(/\r\n/g, '\n') }));
  return templates;
}

export function runtimeFiles(ctx: CsContext): EmittedFile[] {
  const renames = [...ctx.runtimeNames].filter(([token, name]) => token !== name);
  return readTemplates().map(({ name, text }) => {
    let contents = text.split(TEMPLATE_NAMESPACE).join(ctx.rootNamespace);
    for (const [token, renamed] of renames) contents = contents.replace(new RegExp(`\\b${token}\\b`, 'g'), renamed);
    const folder = PLACES[name] ?? 'Utils';
    const fileName = name === 'HTTPMetadata.cs' ? `${ctx.runtimeName('HTTPMetadata')}.cs` : name;
    return { path: `${folder}/${fileName}`, contents: [...GENERATED_HEADER, '', contents].join('\n') };
  });
}

/** Names of the types the runtime declares in `Utils` (generated code imports that namespace). */
export function runtimeUtilTypeNames(): string[] {
  const names = new Set<string>();
  for (const { name, text } of readTemplates()) {
    if (PLACES[name]) continue;
    for (const m of text.matchAll(/^\s*public\s+(?:(?:static|sealed|abstract|partial|readonly)\s+)*(?:class|interface|struct|enum|record)\s+(\w+)/gm)) names.add(m[1]);
  }
  return [...names].sort();
}
