/**
 * Two emitted files must never share a path, case-insensitively (one file on macOS and Windows).
 * Each part of the target picks its own paths (a model's class name, a runtime template's fixed
 * name, the SDK class), so they can meet: a model named `Errors` is `Models/Errors/Errors.cs`,
 * which is also where the runtime's exception classes go. The first file keeps the path, in the
 * order given (generated models before the runtime); a later one is numbered (`Errors2.cs`). A
 * C# file's name is not part of its meaning, so nothing refers to the old one.
 */
import type { EmittedFile } from '../../write/emitted-file.js';

export function withUniquePaths(files: readonly EmittedFile[]): EmittedFile[] {
  const taken = new Set(files.map((f) => f.path.toLowerCase()));
  const kept = new Set<string>();
  return files.map((file) => {
    const folded = file.path.toLowerCase();
    if (!kept.has(folded)) {
      kept.add(folded);
      return file;
    }
    const dot = file.path.lastIndexOf('.');
    const slash = file.path.lastIndexOf('/');
    const [stem, extension] = dot > slash ? [file.path.slice(0, dot), file.path.slice(dot)] : [file.path, ''];
    let path = file.path;
    for (let n = 2; taken.has(path.toLowerCase()); n++) path = `${stem}${n}${extension}`;
    taken.add(path.toLowerCase());
    kept.add(path.toLowerCase());
    return { ...file, path };
  });
}
