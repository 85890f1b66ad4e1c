import { csIdentifier, escapeKeyword } from './names.js';

/**
 * Root namespace from `--package-name`: dotted identifiers, each capitalised (`my-sdk` →
 * `MySdk`), characters C# rejects dropped.
 */
export function csNamespace(packageName: string): string {
  const segments = packageName
    .split('.')
    .map((s) =>
      csIdentifier(
        s.replace(/[-\s]+(.)/g, (_, c: string) => c.toUpperCase()),
        '',
      ),
    )
    .filter((s) => s !== '')
    .map((s) => escapeKeyword(s[0].toUpperCase() + s.slice(1)));
  return segments.length > 0 ? segments.join('.') : 'Sdk';
}
