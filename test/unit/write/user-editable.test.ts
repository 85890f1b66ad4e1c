import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkOutput } from '../../../generator/write/check-output.js';
import type { EmittedFile } from '../../../generator/write/emitted-file.js';
import { MANIFEST_PATH, sha256 } from '../../../generator/write/manifest.js';
import { markedSection } from '../../../generator/write/marked-sections.js';
import { writeOutput } from '../../../generator/write/write-output.js';
import { makeTempDir, removeDir } from './tree.js';

const readme = (version: string): EmittedFile => ({
  path: 'README.md',
  contents: `${markedSection('Summary', 'summary', `# pkg ${version}`)}\n\n${markedSection('Installation', 'installation', `npm install pkg@${version}`)}\n`,
  userEditable: true,
});
const code = (version: string): EmittedFile => ({ path: 'src/index.ts', contents: `export const v = "${version}";\n` });

let root: string;
let out: string;
beforeEach(async () => {
  root = await makeTempDir();
  out = join(root, 'sdk');
});
afterEach(async () => removeDir(root));

describe('user-editable files in the write stage', () => {
  it('keeps text the user added outside the markers and refreshes the sections', async () => {
    await writeOutput(out, [readme('1'), code('1')]);
    const path = join(out, 'README.md');
    await writeFile(path, `Intro of mine.\n\n${await readFile(path, 'utf8')}\n## Our notes\n`);

    const result = await writeOutput(out, [readme('2'), code('2')]);

    const text = await readFile(path, 'utf8');
    expect(text).toBe(`Intro of mine.\n\n${readme('2').contents}\n## Our notes\n`);
    expect(result.overwrittenEdits).toEqual([]);
    const manifest = JSON.parse(await readFile(join(out, MANIFEST_PATH), 'utf8')) as { files: { path: string; sha256: string }[] };
    expect(manifest.files.find((f) => f.path === 'README.md')!.sha256).toBe(sha256(text));
  });

  it('--check compares with the merged text: user text alone is not drift, a stale section is', async () => {
    await writeOutput(out, [readme('1'), code('1')]);
    const path = join(out, 'README.md');
    await writeFile(path, `${await readFile(path, 'utf8')}\nmine\n`);

    expect(await checkOutput(out, [readme('1'), code('1')])).toMatchObject({ upToDate: true, changed: [] });
    expect(await checkOutput(out, [readme('2'), code('1')])).toMatchObject({ upToDate: false, changed: ['README.md', MANIFEST_PATH] });

    await writeOutput(out, [readme('2'), code('1')]);
    expect(await checkOutput(out, [readme('2'), code('1')])).toMatchObject({ upToDate: true, added: [], changed: [], removed: [] });
  });

  it('writes the same bytes for the same input and the same previous file', async () => {
    await writeOutput(out, [readme('1')]);
    const path = join(out, 'README.md');
    await writeFile(path, `top\n\n${await readFile(path, 'utf8')}`);
    await writeOutput(out, [readme('2')]);
    const first = await readFile(path, 'utf8');
    await writeOutput(out, [readme('2')]);
    expect(await readFile(path, 'utf8')).toBe(first);
  });

  it('replaces a file without markers, as before', async () => {
    await writeOutput(out, [readme('1')]);
    await writeFile(join(out, 'README.md'), 'all mine, no markers\n');
    const result = await writeOutput(out, [readme('2')]);
    expect(await readFile(join(out, 'README.md'), 'utf8')).toBe(readme('2').contents);
    expect(result.changed).toEqual(['README.md']);
    expect(result.overwrittenEdits).toEqual(['README.md']);
  });
});
