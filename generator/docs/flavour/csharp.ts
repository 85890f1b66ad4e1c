/**
 * C# docs vocabulary: `Models/<Folder>/<Name>.md` paths, `*long*`-style scalars, `List<…>` and
 * `Dictionary<String, …>`, and links that fall back to `Models.<Folder>.<Name>` whenever the bare
 * class name would be ambiguous in C#.
 */
import type { Model, ModelNamespace, TypeRef } from '../../ir/model.js';
import { pascalCase } from '../../ir/naming/case.js';
import { docFileBase } from '../../write/file-name.js';
import { italic, link } from '../markdown.js';
import type { ModelIndex } from '../model-index.js';
import type { Flavour } from './flavour.js';
import { propertyPascalCase } from './identifiers.js';
import { numberWords } from '../../ir/naming/number-words.js';
import { csUnionMemberName } from '../../surface/csharp/names.js';
import { csharpGroupClassName } from '../../surface/csharp/sdk-surface.js';
import { arrayElement } from '../../ir/array-element.js';
import { csharpNames, type CsharpNames } from '../../surface/csharp/index.js';

const FOLDERS: Record<ModelNamespace, string> = {
  components: 'Components',
  operations: 'Operations',
  errors: 'Errors',
};

const DATE_TIME_LINK = link('DateTime', 'https://learn.microsoft.com/en-us/dotnet/api/system.datetime?view=net-5.0');
// The C# target has no third-party dependencies, so `date` is the framework's DateOnly.
const LOCAL_DATE_LINK = link('DateOnly', 'https://learn.microsoft.com/en-us/dotnet/api/system.dateonly');

// SDK group classes are named by the C# target (`oauthApplications` → `OauthApplications`), which
// is why `OAuthApplications` the model never clashes with one.
export { csharpGroupClassName } from '../../surface/csharp/sdk-surface.js';

export function csharpFolder(namespace: ModelNamespace): string {
  return FOLDERS[namespace];
}

export class CsharpFlavour implements Flavour {
  readonly id = 'csharp' as const;
  private readonly groupClasses: Set<string>;

  /** The names the C# target writes (the SDK class name only matters when a group would take it). */
  constructor(
    readonly index: ModelIndex,
    readonly names: CsharpNames = csharpNames(index.api, ''),
  ) {
    const inCode = names.sdk.groups;
    // A group without operations has no class; its name is still kept clear, to be safe.
    const empty = index.api.groups.filter((g) => !inCode.some((c) => c.name === g.name)).map((g) => csharpGroupClassName(g.name));
    this.groupClasses = new Set([...inCode.map((g) => g.className), ...empty]);
  }

  includes(model: Model): boolean {
    void model;
    return true;
  }

  docPath(model: Model): string {
    return `docs/Models/${csharpFolder(model.namespace)}/${docFileBase(model.name)}.md`;
  }

  className(model: Model): string {
    return model.name;
  }

  fieldNames(wireNames: readonly string[]): string[] {
    return wireNames.map(propertyPascalCase);
  }

  /** A bare class name is ambiguous when another folder or an SDK group class uses it too. */
  linkText(model: Model): string {
    const ambiguous = this.index.nameInSeveralFolders(model.name) || this.groupClasses.has(model.name);
    return ambiguous ? `Models.${csharpFolder(model.namespace)}.${model.name}` : model.name;
  }

  modelLink(model: Model): string {
    return link(this.linkText(model), `../../Models/${csharpFolder(model.namespace)}/${docFileBase(model.name)}.md`);
  }

  typeCell(type: TypeRef): string {
    switch (type.kind) {
      case 'string':
        return stringType(type.format);
      case 'integer':
        return italic(type.format === 'int32' ? 'int' : 'long');
      case 'number':
        return italic(numberType(type.format));
      case 'boolean':
        return italic('bool');
      case 'any':
      case 'null':
        return italic('object');
      case 'literal':
        return italic(literalType(type.value));
      case 'array':
        return `List<${this.typeCell(arrayElement(type))}>`;
      case 'map':
        return `Dictionary<String, ${this.typeCell(type.values)}>`;
      case 'model':
        return this.modelLink(this.index.require(type.id));
    }
  }

  /** Enum member: PascalCase of the value; the empty string is the `Unknown` member. */
  enumMemberName(value: string | number | boolean): string {
    if (typeof value === 'number') return numberWords(value);
    if (value === '') return 'Unknown';
    return pascalCase(String(value));
  }

  /** Name of a union member in `<Union>.Create<Member>(…)`: the C# target's own spelling. */
  unionMemberName(type: TypeRef): string {
    return csUnionMemberName(type, (id) => this.index.require(id).name);
  }
}

function stringType(format: string | undefined): string {
  switch (format) {
    case 'date-time':
      return DATE_TIME_LINK;
    case 'date':
      return LOCAL_DATE_LINK;
    case 'binary':
      return italic('byte[]');
    case 'decimal':
      return italic('decimal');
    case 'bigint':
      return italic('BigInteger');
    default:
      return italic('string');
  }
}

function numberType(format: string | undefined): string {
  if (format === 'float' || format === 'float32') return 'float';
  if (format === 'decimal') return 'decimal';
  return 'double';
}

function literalType(value: string | number | boolean): string {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'bool';
  return Number.isInteger(value) ? 'long' : 'double';
}
