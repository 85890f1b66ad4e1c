/** Non-schema values where a schema belongs are located warnings, never a crash further on. */
import { Diagnostics } from '../../../generator/diagnostics/diagnostic.js';
import { checkSchemaValues } from '../../../generator/validate/rules/schema-values.js';
import { FIXTURES, mustLoad, summarize } from '../load/support.js';

test('strings, numbers and null in schema places are reported; boolean schemas are not', async () => {
  const file = `${FIXTURES}/validate/schema-values.yaml`;
  const { loaded } = await mustLoad(file);
  const d = new Diagnostics();
  checkSchemaValues(loaded, d);
  expect(summarize(d.items)).toEqual([
    `warning schema-not-object ${file}:7:15 #/components/schemas/Member/oneOf/0`,
    `warning schema-not-object ${file}:9:15 #/components/schemas/Literal/anyOf/0`,
    `warning schema-not-object ${file}:13:9 #/components/schemas/Property/properties/name`,
    `warning schema-not-object ${file}:17:7 #/components/schemas/Items/items`,
  ]);
  expect(d.items[0].message).toBe("expected a schema object, found the string 'string' (did you mean { type: string }?); it is read as a schema that allows any value");
});
