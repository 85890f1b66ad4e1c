import type { TypeRef } from '../../../generator/ir/model.js';
import { CsharpFlavour, csharpGroupClassName } from '../../../generator/docs/flavour/csharp.js';
import { TypescriptFlavour } from '../../../generator/docs/flavour/typescript.js';
import { ModelIndex } from '../../../generator/docs/model-index.js';
import { api, enumModel, objectModel, t, unionModel } from './ir-builders.js';

const models = [
  objectModel('User', []),
  objectModel('Object', []),
  enumModel('Status', ['a'], { id: 'c-status' }),
  enumModel('Status', ['b'], { id: 'o-status', namespace: 'operations' }),
  unionModel('Verification', [t.model('User')]),
  objectModel('Domains', []),
  objectModel('OAuthApplications', []),
  objectModel('Meta', [], { namespace: 'errors' }),
];
const index = new ModelIndex(api(models, ['domains', 'oauthApplications', 'Actor Tokens']));
const cs = new CsharpFlavour(index);
const ts = new TypescriptFlavour(index);

const cases: { name: string; type: TypeRef; csharp: string; typescript: string }[] = [
  { name: 'string', type: t.string(), csharp: '*string*', typescript: '*string*' },
  { name: 'email string', type: t.string('email'), csharp: '*string*', typescript: '*string*' },
  {
    name: 'date-time',
    type: t.string('date-time'),
    csharp: '[DateTime](https://learn.microsoft.com/en-us/dotnet/api/system.datetime?view=net-5.0)',
    typescript: '[Date](https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Date)',
  },
  { name: 'binary (TS code keeps it a string)', type: t.string('binary'), csharp: '*byte[]*', typescript: '*string*' },
  { name: 'integer', type: t.integer(), csharp: '*long*', typescript: '*number*' },
  { name: 'int64', type: t.integer('int64'), csharp: '*long*', typescript: '*number*' },
  { name: 'int32', type: t.integer('int32'), csharp: '*int*', typescript: '*number*' },
  { name: 'number', type: t.number(), csharp: '*double*', typescript: '*number*' },
  { name: 'float', type: t.number('float'), csharp: '*float*', typescript: '*number*' },
  { name: 'boolean', type: t.boolean(), csharp: '*bool*', typescript: '*boolean*' },
  { name: 'any', type: t.any(), csharp: '*object*', typescript: '*any*' },
  { name: 'array of string', type: t.array(t.string()), csharp: 'List<*string*>', typescript: '*string*[]' },
  {
    name: 'free-form map',
    type: t.map(t.any()),
    csharp: 'Dictionary<String, *object*>',
    typescript: 'Record<string, *any*>',
  },
  {
    name: 'object model',
    type: t.model('User'),
    csharp: '[User](../../Models/Components/User.md)',
    typescript: '[components.User](../../models/components/user.md)',
  },
  {
    name: 'array of model',
    type: t.array(t.model('User')),
    csharp: 'List<[User](../../Models/Components/User.md)>',
    typescript: '[components.User](../../models/components/user.md)[]',
  },
  {
    name: 'union: C# links it, TS names it in italics',
    type: t.model('Verification'),
    csharp: '[Verification](../../Models/Components/Verification.md)',
    typescript: '*components.Verification*',
  },
  {
    name: 'name in two folders is qualified in C#',
    type: t.model('o-status'),
    csharp: '[Models.Operations.Status](../../Models/Operations/Status.md)',
    typescript: '[operations.Status](../../models/operations/status.md)',
  },
  {
    name: 'name equal to a group class is qualified in C#',
    type: t.model('Domains'),
    csharp: '[Models.Components.Domains](../../Models/Components/Domains.md)',
    typescript: '[components.Domains](../../models/components/domains.md)',
  },
  {
    name: 'group class comparison is case-sensitive',
    type: t.model('OAuthApplications'),
    csharp: '[OAuthApplications](../../Models/Components/OAuthApplications.md)',
    typescript: '[components.OAuthApplications](../../models/components/oauthapplications.md)',
  },
  {
    name: 'TS renames classes that clash with JS globals',
    type: t.model('Object'),
    csharp: '[Object](../../Models/Components/Object.md)',
    typescript: '[components.ObjectT](../../models/components/objectt.md)',
  },
  {
    name: 'errors folder',
    type: t.model('Meta'),
    csharp: '[Meta](../../Models/Errors/Meta.md)',
    typescript: '[errors.Meta](../../models/errors/meta.md)',
  },
];

describe('type cells', () => {
  test.each(cases)('$name', ({ type, csharp, typescript }) => {
    expect(cs.typeCell(type)).toBe(csharp);
    expect(ts.typeCell(type)).toBe(typescript);
  });
});

describe('names', () => {
  test.each([
    ['expired_token', 'ExpiredToken', 'expiredToken'],
    ['web3_wallet_identification_id', 'Web3WalletIdentificationId', 'web3WalletIdentificationId'],
    ['frontendApi', 'FrontendApi', 'frontendApi'],
    ['RequestBody', 'RequestBody', 'requestBody'],
  ])('field %j → C# %j, TS %j', (wire, csharp, typescript) => {
    expect(cs.fieldNames([wire])).toEqual([csharp]);
    expect(ts.fieldNames([wire])).toEqual([typescript]);
  });

  test('C# spells # as a word in field names', () => {
    expect(cs.fieldNames(['x5t#S256'])).toEqual(['X5tNumberS256']);
  });

  test.each([
    ['email_address', 'EmailAddress'],
    ['web3_metamask_signature', 'Web3MetamaskSignature'],
    ['OKP', 'Okp'],
    ['Ed25519', 'Ed25519'],
    ['', 'Unknown'],
    [200, 'TwoHundred'],
    [-1, 'MinusOne'],
    [true, 'True'],
  ])('C# enum member for %j is %j', (value, want) => {
    expect(cs.enumMemberName(value)).toBe(want);
  });

  test.each([
    ['oauthApplications', 'OauthApplications'],
    ['samlConnections', 'SamlConnections'],
    ['emailSMSTemplates', 'EmailSMSTemplates'],
    ['Actor Tokens', 'ActorTokens'],
    ['jwks', 'Jwks'],
  ])('C# group class for %j is %j', (group, want) => {
    expect(csharpGroupClassName(group)).toBe(want);
  });
});
