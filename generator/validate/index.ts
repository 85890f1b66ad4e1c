import type { Diagnostics } from '../diagnostics/diagnostic.js';
import type { LoadedSpec } from '../load/types.js';
import { checkAdditionalOperations } from './rules/additional-operations.js';
import { checkDiscriminatorMappings } from './rules/discriminator-mapping.js';
import { checkDuplicateOperationIds } from './rules/duplicate-operation-ids.js';
import { checkItemSchemas } from './rules/item-schema.js';
import { checkLocalRefs } from './rules/local-refs.js';
import { checkPathParameters } from './rules/path-parameters.js';
import { checkQueryString } from './rules/query-string.js';
import { checkSchemaTypes } from './rules/schema-types.js';
import { checkSchemaValues } from './rules/schema-values.js';
import { checkServerVariables } from './rules/server-variables.js';
import { checkSwagger2Constructs } from './rules/swagger2-constructs.js';
import { checkTagParents } from './rules/tag-parents.js';
import { checkStructure } from './structure/index.js';

export type ValidationRule = (loaded: LoadedSpec, diagnostics: Diagnostics) => void;

export const RULES: ReadonlyArray<{ name: string; rule: ValidationRule }> = [
  { name: 'structure', rule: checkStructure },
  { name: 'local-refs', rule: checkLocalRefs },
  { name: 'duplicate-operation-ids', rule: checkDuplicateOperationIds },
  { name: 'path-parameters', rule: checkPathParameters },
  { name: 'discriminator-mapping', rule: checkDiscriminatorMappings },
  { name: 'swagger2-constructs', rule: checkSwagger2Constructs },
  { name: 'schema-types', rule: checkSchemaTypes },
  { name: 'schema-values', rule: checkSchemaValues },
  { name: 'server-variables', rule: checkServerVariables },
  { name: 'additional-operations', rule: checkAdditionalOperations },
  { name: 'query-string', rule: checkQueryString },
  { name: 'item-schema', rule: checkItemSchemas },
  { name: 'tag-parents', rule: checkTagParents },
];

/**
 * Checks the loaded document for problems that would make the generated SDK wrong, adding them
 * to `diagnostics`. Never throws: a rule that fails on input nobody foresaw is reported as a
 * warning and the other rules still run.
 */
export function validateSpec(loaded: LoadedSpec, diagnostics: Diagnostics): void {
  for (const { name, rule } of RULES) {
    try {
      rule(loaded, diagnostics);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      diagnostics.warning('validation-rule-failed', `validation rule '${name}' stopped early (${message}); its checks are incomplete`);
    }
  }
}
