/** The api-shapes SDK as the e2e tests build it: only the groups they exercise, to keep compiling fast. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSdk, REPO, type BuiltSdk } from './build-sdk.js';

export const API_SHAPES = resolve(REPO, '../shared/specs/api-shapes/test.yaml');
export const API_SHAPES_GROUPS = ['parameters', 'requestBodies', 'pagination', 'eventstreams'];

export function apiShapesAvailable(): boolean {
  return existsSync(API_SHAPES);
}

export function buildApiShapes(): Promise<BuiltSdk> {
  return buildSdk(API_SHAPES, 'api-shapes-sdk', 'SDK', {
    keep: (op) => ['parameters', 'requestBodies', 'pagination', 'eventstreams'].includes(String(op['x-speakeasy-group'] ?? (op.tags as string[] | undefined)?.[0])),
  });
}
