import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * sdkwright's folder in the user's cache: `SDKWRIGHT_CACHE_DIR` when set, else the platform's
 * usual place (XDG on Linux). Undefined when there is no home to put it in; callers then run
 * without a cache. Nothing in it is needed: deleting it only makes the next run slower.
 */
export function userCacheDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = safeHomedir()): string | undefined {
  if (env.SDKWRIGHT_CACHE_DIR) return env.SDKWRIGHT_CACHE_DIR;
  if (platform === 'win32' && env.LOCALAPPDATA) return join(env.LOCALAPPDATA, 'sdkwright', 'Cache');
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'sdkwright');
  if (home === undefined || home === '') return undefined;
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'sdkwright');
  return join(home, '.cache', 'sdkwright');
}

function safeHomedir(): string | undefined {
  try {
    return homedir();
  } catch {
    return undefined;
  }
}
