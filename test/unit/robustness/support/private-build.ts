/**
 * A private build of the generator for tests that must run it as a real child process: the
 * sources transpiled file by file (what `npm run build` emits, without the type check) into a
 * temporary folder laid out like the package (bin/, dist/, package.json, templates/, and a link
 * to node_modules/). The shared dist/ is left alone: other work may be rebuilding it, and a type
 * error elsewhere must not stop this build.
 */
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ts from 'typescript';

export interface PrivateBuild {
  root: string;
  /** bin/sdkwright.js of the build. */
  bin: string;
  remove(): void;
}

export function buildPrivateCopy(repo: string): PrivateBuild {
  const root = mkdtempSync(path.join(tmpdir(), 'sdkwright-build-'));
  transpileTree(path.join(repo, 'generator'), path.join(root, 'dist'));
  mkdirSync(path.join(root, 'bin'));
  copyFileSync(path.join(repo, 'bin', 'sdkwright.js'), path.join(root, 'bin', 'sdkwright.js'));
  copyFileSync(path.join(repo, 'package.json'), path.join(root, 'package.json'));
  // Copied, not linked: every run of a test then reads the same templates even while they are edited.
  cpSync(path.join(repo, 'templates'), path.join(root, 'templates'), { recursive: true });
  symlinkSync(path.join(repo, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  return { root, bin: path.join(root, 'bin', 'sdkwright.js'), remove: () => rmSync(root, { recursive: true, force: true }) };
}

function transpileTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    if (entry.isDirectory()) {
      transpileTree(source, path.join(to, entry.name));
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
      const { outputText } = ts.transpileModule(readFileSync(source, 'utf8'), {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
        fileName: source,
      });
      writeFileSync(path.join(to, entry.name.replace(/\.ts$/, '.js')), outputText);
    }
  }
}
