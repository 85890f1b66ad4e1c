import type { Model } from '../../../../generator/ir/model.js';
import {
  isIdentifier,
  tsAdditionalPropertiesName,
  tsEnumMemberNames,
  tsFileName,
  tsJsonFunctionNames,
  tsPropertyName,
  tsPropertyNames,
  tsTypeName,
  tsTypeNames,
} from '../../../../generator/surface/typescript/names.js';

function model(name: string, namespace: Model['namespace'] = 'components', id = `#/components/schemas/${name}`): Model {
  return { id, name, namespace, origin: 'component', deprecated: false, shape: { kind: 'object', properties: [] } };
}

describe('tsPropertyName', () => {
  test.each([
    ['expired_token', 'expiredToken'],
    ['request_originating_ip', 'requestOriginatingIp'],
    ['x-api-key', 'xApiKey'],
    ['id', 'id'],
    ['object', 'object'],
    ['created_at', 'createdAt'],
    ['userID', 'userId'],
    ['HTTPServer', 'httpServer'],
    ['x5t#S256', 'x5tNumberS256'],
    ['web3_wallet', 'web3Wallet'],
    ['JWKS', 'jwks'],
    ['already camelCase', 'alreadyCamelCase'],
    ['firstName', 'firstName'],
    // Cannot start an identifier: prefixed.
    ['123abc', '_123abc'],
    ['2fa_enabled', '_2faEnabled'],
    // Reserved words are valid property names and stay.
    ['class', 'class'],
    ['default', 'default'],
    ['constructor', 'constructor'],
    // `__proto__` must never reach an object literal.
    ['__proto__', 'proto'],
    ['$ref', 'ref'],
    ['_links', 'links'],
    // Non-ASCII letters are identifier characters.
    ['naïve_value', 'naïveValue'],
    ['größe', 'größe'],
    ['名前', '名前'],
    // Nothing usable.
    ['', 'field'],
    ['-', 'field'],
    ['🙂', 'field'],
  ])('%j → %j', (wire, expected) => {
    expect(tsPropertyName(wire)).toBe(expected);
    expect(isIdentifier(tsPropertyName(wire))).toBe(true);
  });
});

describe('tsPropertyNames', () => {
  test.each([
    [
      ['expired_token', 'expiredToken'],
      ['expiredToken', 'expiredToken2'],
    ],
    [
      ['a_b', 'aB', 'a-b'],
      ['aB', 'aB2', 'aB3'],
    ],
    // A suffixed name never steals the natural name of a later property.
    [
      ['a_b', 'aB', 'aB2'],
      ['aB', 'aB3', 'aB2'],
    ],
    [
      ['', '-', '+'],
      ['field', 'field2', 'field3'],
    ],
    [
      ['__proto__', 'proto'],
      ['proto', 'proto2'],
    ],
  ])('%j → %j', (wire, expected) => {
    expect(tsPropertyNames(wire)).toEqual(expected);
  });

  test('always unique and valid, in input order', () => {
    const wire = ['x', 'X', 'x_', '_x', 'x-', 'x2', 'x_2', '', '', '9', '9', 'class', 'class'];
    const names = tsPropertyNames(wire);
    expect(new Set(names).size).toBe(wire.length);
    expect(names.every(isIdentifier)).toBe(true);
    expect(tsPropertyNames(wire)).toEqual(names);
  });
});

describe('tsAdditionalPropertiesName', () => {
  test('takes the reference name unless a property has it', () => {
    expect(tsAdditionalPropertiesName(['id'])).toBe('additionalProperties');
    expect(tsAdditionalPropertiesName(['additionalProperties'])).toBe('additionalProperties2');
  });
});

describe('tsTypeName', () => {
  test.each([
    ['User', 'User'],
    ['Object', 'ObjectT'],
    ['Error', 'ErrorT'],
    ['File', 'FileT'],
    ['Date', 'DateT'],
    ['Array', 'ArrayT'],
    ['Promise', 'PromiseT'],
    ['Function', 'FunctionT'],
    ['String', 'StringT'],
    ['Number', 'NumberT'],
    ['Boolean', 'BooleanT'],
    ['Symbol', 'SymbolT'],
    ['Map', 'MapT'],
    ['Set', 'SetT'],
    ['Record', 'RecordT'],
    ['Partial', 'PartialT'],
    ['Response', 'ResponseT'],
    ['Unrecognized', 'UnrecognizedT'],
    // Case matters: only the exact global clashes.
    ['ObjectT', 'ObjectT'],
    ['Objects', 'Objects'],
    ['object', 'objectT'],
    ['string', 'stringT'],
    ['9Lives', '_9Lives'],
    ['', 'Model'],
  ])('%j → %j', (name, expected) => {
    expect(tsTypeName(model(name))).toBe(expected);
  });

  test('file name is the lower-cased type name', () => {
    expect(tsFileName(model('SAMLConnection'))).toBe('samlconnection');
    expect(tsFileName(model('Object'))).toBe('objectt');
  });
});

describe('tsTypeNames', () => {
  test('a renamed model yields to a model that already has the name', () => {
    const names = tsTypeNames([model('Object'), model('ObjectT'), model('Objectt2')]);
    expect([...names.values()]).toEqual(['ObjectT3', 'ObjectT', 'Objectt2']);
  });

  test('uniqueness is per namespace', () => {
    const names = tsTypeNames([model('Status'), model('Status', 'operations', 'op-status')]);
    expect([...names.values()]).toEqual(['Status', 'Status']);
  });
});

describe('tsEnumMemberNames', () => {
  test.each([
    [
      ['active', 'pending_review'],
      ['Active', 'PendingReview'],
    ],
    [
      ['email_address', 'web3_metamask_signature'],
      ['EmailAddress', 'Web3MetamaskSignature'],
    ],
    [
      ['', 'a-b', 'a_b', '1st', 'UPPER_CASE'],
      ['Unknown', 'AB', 'AB2', 'Value1st', 'UpperCase'],
    ],
    [
      [1, 2, -1, 1.5],
      ['Value1', 'Value2', 'ValueMinus1', 'Value1_5'],
    ],
    [
      [true, false],
      ['True', 'False'],
    ],
  ])('%j → %j', (values, expected) => {
    expect(tsEnumMemberNames(values)).toEqual(expected);
  });
});

test.each([
  ['User', 'userToJSON', 'userFromJSON'],
  ['SAMLAccount', 'samlAccountToJSON', 'samlAccountFromJSON'],
  ['OAuthApplication', 'oAuthApplicationToJSON', 'oAuthApplicationFromJSON'],
  ['URL', 'urlToJSON', 'urlFromJSON'],
  ['ObjectT', 'objectTToJSON', 'objectTFromJSON'],
])('tsJsonFunctionNames(%s): the reference SDK names %s and %s', (typeName, toJSON, fromJSON) => {
  expect(tsJsonFunctionNames(typeName)).toEqual({ toJSON, fromJSON });
});
