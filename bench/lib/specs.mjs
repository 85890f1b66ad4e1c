// The specs measured. Small first and Stripe last, so a long run shows results early.
import { join } from 'node:path';
import { repoDir, sharedDir } from './paths.mjs';

const corpus = (name, file) => ({ id: name, path: join(sharedDir, 'corpus', name, file) });

export const specs = [
  { id: 'clerk', path: join(repoDir, 'spec', 'clerk-bapi', 'openapi.yml'), note: 'Clerk Backend API 2025-03-12, OpenAPI 3.0.3, 312 KB YAML' },
  { id: 'api-shapes', path: join(sharedDir, 'specs', 'api-shapes', 'test.yaml'), note: 'OpenAPI 3.1, 517 KB YAML + 111 KB components.yaml' },
  { ...corpus('mastodon', 'schema.json'), note: 'OpenAPI 3.1.0, 1.46 MB JSON' },
  { ...corpus('discord', 'openapi.json'), note: 'OpenAPI 3.1.0, 1.18 MB JSON' },
  { ...corpus('slack-web', 'slack_web_openapi_v2.json'), note: 'Swagger 2.0, 1.24 MB JSON' },
  { ...corpus('stripe', 'spec3.yaml'), note: 'OpenAPI 3.0.0, 4.16 MB YAML' },
];

export const quickSpecIds = ['clerk'];
