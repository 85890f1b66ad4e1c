import { renderModelDocs } from '../../../generator/docs/index.js';
import type { Model } from '../../../generator/ir/model.js';
import { api, enumModel, objectModel, prop, t, unionModel } from './ir-builders.js';

const options = { packageName: '@acme/sdk', sdkClassName: 'Acme' };

function page(models: Model[], flavour: 'csharp' | 'typescript', path: string): string {
  const file = renderModelDocs(api(models), flavour, options).find((f) => f.path === path);
  if (!file) throw new Error(`no ${path}`);
  return file.contents;
}

const pet = objectModel('Pet', [prop('pet_id', t.string(), { required: true, description: 'The id.' }), prop('age', t.integer(), { description: 'Years.\n' })], { description: 'A pet' });

describe('C# pages', () => {
  const cases: { name: string; models: Model[]; path: string; want: string }[] = [
    {
      name: 'object with description: title, blank, description, two blanks, fields',
      models: [pet],
      path: 'docs/Models/Components/Pet.md',
      want: [
        '# Pet',
        '',
        'A pet',
        '',
        '',
        '## Fields',
        '',
        '| Field              | Type               | Required           | Description        |',
        '| ------------------ | ------------------ | ------------------ | ------------------ |',
        '| `PetId`            | *string*           | :heavy_check_mark: | The id.            |',
        '| `Age`              | *long*             | :heavy_minus_sign: | Years.<br/>        |',
      ].join('\n'),
    },
    {
      name: 'no description: two blank lines; empty object keeps the header',
      models: [objectModel('Empty', [], { namespace: 'errors' })],
      path: 'docs/Models/Errors/Empty.md',
      want: ['# Empty', '', '', '## Fields', '', '| Field       | Type        | Required    | Description |', '| ----------- | ----------- | ----------- | ----------- |'].join('\n'),
    },
    {
      name: 'description ending in a newline adds a third blank line',
      models: [enumModel('Kind', ['pet_kind', ''], { description: 'Kind of pet.\n' })],
      path: 'docs/Models/Components/Kind.md',
      want: ['# Kind', '', 'Kind of pet.', '', '', '', '## Values', '', '| Name      | Value     |', '| --------- | --------- |', '| `PetKind` | pet_kind  |', '| `Unknown` |           |'].join('\n'),
    },
    {
      name: 'deprecated model and field, example column',
      models: [
        objectModel(
          'Old',
          [
            prop('a', t.string(), { deprecated: true, description: 'Use b.', example: { value: 'x' } }),
            prop('b', t.array(t.string()), { example: { value: ['p', 'q'] } }),
            prop('c', t.integer(), { example: { value: null } }),
            prop('d', t.map(t.any()), { example: { value: { k: 'v', n: 1 } } }),
          ],
          { deprecated: true },
        ),
      ],
      path: 'docs/Models/Components/Old.md',
      want: [
        '# ~~Old~~',
        '',
        '> :warning: **DEPRECATED**: This will be removed in a future release, please migrate away from it as soon as possible.',
        '',
        '',
        '## Fields',
        '',
        '| Field | Type | Required | Description | Example |',
      ].join('\n'),
    },
    {
      name: 'union: one section per member, newline at the end',
      models: [objectModel('Cat', []), unionModel('Animal', [t.model('Cat'), t.string(), { kind: 'null' }])],
      path: 'docs/Models/Components/Animal.md',
      want: [
        '# Animal',
        '',
        '',
        '## Supported Types',
        '',
        '### Cat',
        '',
        '```csharp',
        'Animal.CreateCat(/* values here */);',
        '```',
        '',
        '### Str',
        '',
        '```csharp',
        'Animal.CreateStr(/* values here */);',
        '```',
        '',
      ].join('\n'),
    },
    {
      name: 'response wrapper gets HttpMeta first',
      models: [
        pet,
        objectModel('GetPetResponse', [prop('Pet', t.model('Pet'), { description: 'OK' })], {
          namespace: 'operations',
          origin: 'response',
        }),
      ],
      path: 'docs/Models/Operations/GetPetResponse.md',
      want: [
        '# GetPetResponse',
        '',
        '',
        '## Fields',
        '',
        '| Field                                                   | Type                                                    | Required                                                | Description                                             |',
        '| ------------------------------------------------------- | ------------------------------------------------------- | ------------------------------------------------------- | ------------------------------------------------------- |',
        '| `HttpMeta`                                              | [HTTPMetadata](../../Models/Components/HTTPMetadata.md) | :heavy_check_mark:                                      | N/A                                                     |',
        '| `Pet`                                                   | [Pet](../../Models/Components/Pet.md)                   | :heavy_minus_sign:                                      | OK                                                      |',
      ].join('\n'),
    },
  ];
  test.each(cases)('$name', ({ models, path, want }) => {
    const got = page(models, 'csharp', path);
    if (want.endsWith('| Example |')) {
      // Only the skeleton and the cells matter here, not the width.
      const squashed = got.replace(/ {2,}/g, ' ').replace(/-{3,}/g, '---');
      expect(squashed).toBe(
        want +
          '\n| --- | --- | --- | --- | --- |' +
          '\n| ~~`A`~~ | *string* | :heavy_minus_sign: | : warning: ** DEPRECATED **: This will be removed in a future release, please migrate away from it as soon as possible.<br/><br/>Use b. | x |' +
          '\n| `B` | List<*string*> | :heavy_minus_sign: | N/A | [<br/>"p",<br/>"q"<br/>] |' +
          '\n| `C` | *long* | :heavy_minus_sign: | N/A | <nil> |' +
          '\n| `D` | Dictionary<String, *object*> | :heavy_minus_sign: | N/A | {<br/>"k": "v",<br/>"n": 1<br/>} |',
      );
    } else {
      expect(got).toBe(want);
    }
  });

  test('HTTPMetadata page is emitted once when response wrappers exist', () => {
    const files = renderModelDocs(api([objectModel('XResponse', [], { origin: 'response', namespace: 'operations' })]), 'csharp', options);
    const meta = files.filter((f) => f.path === 'docs/Models/Components/HTTPMetadata.md');
    expect(meta).toHaveLength(1);
    expect(meta[0].contents.startsWith('# HTTPMetadata\n\n\n## Fields\n\n| Field ')).toBe(true);
    expect(meta[0].contents).toMatch(/\| `Response` +\| \[HttpResponseMessage\]\(https:/);
    expect(meta[0].contents.endsWith('|')).toBe(true);
  });
});

describe('TypeScript pages', () => {
  const cases: { name: string; models: Model[]; path: string; want: string }[] = [
    {
      name: 'object: description then Example Usage with required fields only',
      models: [pet],
      path: 'docs/models/components/pet.md',
      want: [
        '# Pet',
        '',
        'A pet',
        '',
        '## Example Usage',
        '',
        '```typescript',
        'import { Pet } from "@acme/sdk/models/components";',
        '',
        'let value: Pet = {',
        '  petId: "<id>",',
        '};',
        '```',
        '',
        '## Fields',
        '',
        '| Field              | Type               | Required           | Description        |',
        '| ------------------ | ------------------ | ------------------ | ------------------ |',
        '| `petId`            | *string*           | :heavy_check_mark: | The id.            |',
        '| `age`              | *number*           | :heavy_minus_sign: | Years.<br/>        |',
      ].join('\n'),
    },
    {
      name: 'enum: first value as example, union block without trailing newline',
      models: [enumModel('Kind', ['dog', 'cat'], { namespace: 'operations' })],
      path: 'docs/models/operations/kind.md',
      want: [
        '# Kind',
        '',
        '## Example Usage',
        '',
        '```typescript',
        'import { Kind } from "@acme/sdk/models/operations";',
        '',
        'let value: Kind = "dog";',
        '```',
        '',
        '## Values',
        '',
        '```typescript',
        '"dog" | "cat"',
        '```',
      ].join('\n'),
    },
    {
      name: 'open enum adds the sentence and the Unrecognized branch',
      models: [enumModel('Kind', ['dog'], { open: true })],
      path: 'docs/models/components/kind.md',
      want: [
        '# Kind',
        '',
        '## Example Usage',
        '',
        '```typescript',
        'import { Kind } from "@acme/sdk/models/components";',
        '',
        'let value: Kind = "dog";',
        '```',
        '',
        '## Values',
        '',
        'This is an open enum. Unrecognized values will be captured as the `Unrecognized<string>` branded type.',
        '',
        '```typescript',
        '"dog" | Unrecognized<string>',
        '```',
      ].join('\n'),
    },
    {
      name: 'union: no usage block, an example per member, blank line at the end',
      models: [
        objectModel('Cat', [prop('lives', t.integer(), { required: true, example: { value: 9 } }), prop('kind', t.literal('cat'), { required: true })]),
        unionModel('Animal', [t.model('Cat'), t.array(t.string())]),
      ],
      path: 'docs/models/components/animal.md',
      want: [
        '# Animal',
        '',
        '',
        '## Supported Types',
        '',
        '### `components.Cat`',
        '',
        '```typescript',
        'const value: components.Cat = {',
        '  lives: 9,',
        '  kind: "cat",',
        '};',
        '```',
        '',
        '### `string[]`',
        '',
        '```typescript',
        'const value: string[] = [',
        '  "<value>",',
        '];',
        '```',
        '',
        '',
      ].join('\n'),
    },
    {
      name: 'nested objects, maps and arrays in the example',
      models: [
        objectModel('Tag', [prop('name', t.string(), { required: true }), prop('on', t.boolean(), { required: true })]),
        objectModel('Box', [prop('tags', t.array(t.model('Tag')), { required: true }), prop('meta', t.map(t.any()), { required: true }), prop('empty', t.model('Empty'), { required: true })]),
        objectModel('Empty', []),
      ],
      path: 'docs/models/components/box.md',
      want: [
        '# Box',
        '',
        '## Example Usage',
        '',
        '```typescript',
        'import { Box } from "@acme/sdk/models/components";',
        '',
        'let value: Box = {',
        '  tags: [',
        '    {',
        '      name: "<value>",',
        '      on: false,',
        '    },',
        '  ],',
        '  meta: {',
        '    "key": "<value>",',
        '  },',
        '  empty: {},',
        '};',
        '```',
        '',
        '## Fields',
        '',
      ].join('\n'),
    },
  ];
  test.each(cases)('$name', ({ models, path, want }) => {
    const got = page(models, 'typescript', path);
    if (want.endsWith('## Fields\n')) expect(got.startsWith(want)).toBe(true);
    else expect(got).toBe(want);
  });

  test('response wrappers are not documented', () => {
    const files = renderModelDocs(api([objectModel('XResponse', [], { origin: 'response', namespace: 'operations' })]), 'typescript', options);
    expect(files.filter((f) => f.path.startsWith('docs/models/'))).toEqual([]);
  });

  test('output is identical between runs', () => {
    const models = [pet, enumModel('Kind', ['a'])];
    expect(renderModelDocs(api(models), 'typescript', options)).toEqual(renderModelDocs(api(models), 'typescript', options));
  });
});
