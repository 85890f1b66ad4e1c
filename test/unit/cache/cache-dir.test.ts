import { userCacheDir } from '../../../generator/cache/cache-dir.js';

describe('userCacheDir', () => {
  it.each<[string, NodeJS.ProcessEnv, NodeJS.Platform, string | undefined, string | undefined]>([
    ['SDKWRIGHT_CACHE_DIR wins', { SDKWRIGHT_CACHE_DIR: '/c', XDG_CACHE_HOME: '/x' }, 'linux', '/home/u', '/c'],
    ['XDG_CACHE_HOME on Linux', { XDG_CACHE_HOME: '/x' }, 'linux', '/home/u', '/x/sdkwright'],
    ['~/.cache on Linux', {}, 'linux', '/home/u', '/home/u/.cache/sdkwright'],
    ['~/Library/Caches on macOS', {}, 'darwin', '/Users/u', '/Users/u/Library/Caches/sdkwright'],
    ['no home: no cache', {}, 'linux', '', undefined],
  ])('%s', (_name, env, platform, home, expected) => {
    expect(userCacheDir(env, platform, home)).toBe(expected);
  });
});
