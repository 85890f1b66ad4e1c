/**
 * `Hooks/HookRegistration.cs`, where the user registers their hooks, as in the reference
 * generator's SDKs. Written once (`userOwned`): the write stage never replaces it, so the
 * user's registrations survive regeneration. The hook types are runtime templates
 * (templates/runtime/csharp/HookTypes.cs, SDKHooks.cs), generated every time.
 */
import type { EmittedFile } from '../../write/emitted-file.js';
import type { CsContext } from './context.js';

export const HOOK_REGISTRATION_PATH = 'Hooks/HookRegistration.cs';

export function hookRegistrationFile(ctx: CsContext): EmittedFile {
  const contents = [
    '// This file is yours: sdkwright wrote it once and never changes it again. Register your hooks',
    '// here; the SDK runs them, in the order registered, on every instance (before those given to',
    '// its constructor as `hooks:`).',
    '#nullable enable',
    '',
    `namespace ${ctx.rootNamespace}.Hooks`,
    '{',
    '    public static class HookRegistration',
    '    {',
    '        /// <summary>Called by each new SDK instance with its hooks.</summary>',
    '        /// <example>',
    '        /// <code>',
    '        /// hooks.RegisterBeforeRequestHook(new ExampleHook());',
    '        /// </code>',
    '        /// where <c>ExampleHook</c> implements <see cref="IBeforeRequestHook"/> (or ISDKInitHook,',
    '        /// IAfterSuccessHook, IAfterErrorHook).',
    '        /// </example>',
    '        public static void RegisterHooks(IHooks hooks)',
    '        {',
    '        }',
    '    }',
    '}',
    '',
  ].join('\n');
  return { path: HOOK_REGISTRATION_PATH, contents, userOwned: true };
}
