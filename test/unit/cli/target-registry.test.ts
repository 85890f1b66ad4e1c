import { TargetUnavailableError, getTarget, importTargetModule, isTargetId } from '../../../generator/targets/registry.js';
import type { Target } from '../../../generator/targets/target.js';

describe('getTarget', () => {
  it('loads the target module only when asked, and returns its target', async () => {
    const csharp: Target = { id: 'csharp', emit: async () => [] };
    const requested: string[] = [];
    const target = await getTarget('csharp', async (id) => {
      requested.push(id);
      return { csharpTarget: csharp };
    });
    expect(target).toBe(csharp);
    expect(requested).toEqual(['csharp']);
  });

  it('says a target is not available when its module is missing', async () => {
    const error = await getTarget('csharp', async () => undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TargetUnavailableError);
    expect((error as Error).message).toBe('target csharp is not available yet');
  });

  it('does not hide an error raised while importing an existing target module', async () => {
    const broken = Object.assign(new Error("Cannot find module './helpers.js'"), { code: 'ERR_MODULE_NOT_FOUND' });
    await expect(getTarget('csharp', async () => Promise.reject(broken))).rejects.toBe(broken);
  });

  it('rejects a module that does not export the target', async () => {
    await expect(getTarget('typescript', async () => ({ somethingElse: 1 }))).rejects.toThrow(/does not export a target named typescriptTarget/);
  });

  it('finds the real modules: a Target, or a clear "not available" while one is not written yet', async () => {
    for (const id of ['typescript', 'csharp'] as const) {
      const exports = await importTargetModule(id).catch((e: unknown) => e);
      if (exports === undefined) {
        await expect(getTarget(id)).rejects.toBeInstanceOf(TargetUnavailableError);
      } else if (!(exports instanceof Error)) {
        await expect(getTarget(id)).resolves.toMatchObject({ id, emit: expect.any(Function) });
      }
      // An Error here means the target module exists but does not import: its own tests catch that.
    }
  });

  it('knows the target ids', () => {
    expect(['typescript', 'csharp', 'go', 'TypeScript'].map(isTargetId)).toEqual([true, true, false, false]);
  });
});
