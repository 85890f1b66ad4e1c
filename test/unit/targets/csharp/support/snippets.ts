/**
 * The C# snippets of the generated operation docs (`docs/sdks/<group>/README.md`), each put in a
 * method of its own in a scratch project that references the SDK, so that one build says which
 * snippets compile. Snippets are written as a user's program would be: implicit usings on, type
 * declarations after the statements.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EmittedFile } from '../../../../../generator/write/emitted-file.js';

export interface Snippet {
  /** `docs/sdks/users/README.md#3` */
  origin: string;
  code: string;
}

export function docSnippets(files: readonly EmittedFile[]): Snippet[] {
  const snippets: Snippet[] = [];
  for (const file of files.filter((f) => /^docs\/sdks\/.+\/README\.md$/.test(f.path) || f.path === 'README.md')) {
    let n = 0;
    for (const m of file.contents.matchAll(/```csharp\n([\s\S]*?)```/g)) snippets.push({ origin: `${file.path}#${++n}`, code: m[1] });
  }
  return snippets;
}

/** Writes the scratch project; file `S<i>.cs` holds snippet i. Returns the project path. */
export function writeSnippetProject(dir: string, snippets: readonly Snippet[], sdkProject: string): string {
  mkdirSync(dir, { recursive: true });
  snippets.forEach((snippet, i) => {
    const lines = snippet.code.split('\n');
    const usings = lines.filter((l) => /^using [\w.]+;$/.test(l.trim()));
    const rest = lines.filter((l) => !usings.includes(l));
    // As in a top-level program, type declarations follow the statements.
    const types = rest.findIndex((l) => /^(?:(?:public|internal|sealed|static|abstract)\s+)*(?:class|record|interface|struct|enum)\s/.test(l));
    const body = types < 0 ? rest : rest.slice(0, types);
    const source = [
      ...usings,
      `namespace Snippet${i};`,
      'public static class Program',
      '{',
      '    public static async System.Threading.Tasks.Task Run()',
      '    {',
      ...body.map((l) => `        ${l}`),
      '    }',
      '}',
      ...(types < 0 ? [] : rest.slice(types)),
      '',
    ];
    writeFileSync(join(dir, `S${i}.cs`), source.join('\n'));
  });
  const project = [
    '<Project Sdk="Microsoft.NET.Sdk">',
    '  <PropertyGroup>',
    '    <TargetFramework>net8.0</TargetFramework>',
    '    <Nullable>enable</Nullable>',
    '    <ImplicitUsings>enable</ImplicitUsings>',
    // Unused results and placeholder values are fine in a usage example.
    '    <NoWarn>$(NoWarn);CS1998;CS0168;CS0219</NoWarn>',
    '  </PropertyGroup>',
    `  <ItemGroup><ProjectReference Include="${sdkProject}" /></ItemGroup>`,
    '</Project>',
    '',
  ].join('\n');
  writeFileSync(join(dir, 'Snippets.csproj'), project);
  return join(dir, 'Snippets.csproj');
}

/** Indexes of the snippets whose file has a compiler error. */
export function failingSnippets(errorLines: readonly string[]): Set<number> {
  return new Set(
    errorLines.flatMap((line) => {
      const m = /[/\\]S(\d+)\.cs\(/.exec(line);
      return m ? [Number(m[1])] : [];
    }),
  );
}
