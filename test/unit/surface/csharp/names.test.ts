/** C# identifiers: sanitising, keywords, casing, de-duplication. */
import { csEnumMemberName, csIdentifier, csParameterName, csPropertyName, escapeKeyword, uniqueNames } from '../../../../generator/surface/csharp/names.js';
import { csharpGroupClassName, csharpMethodBaseName } from '../../../../generator/surface/csharp/sdk-surface.js';
import { csNamespace } from '../../../../generator/surface/csharp/namespace.js';
import { csString } from '../../../../generator/targets/csharp/text.js';

describe('csharp names', () => {
  test.each([
    ['email_address', 'EmailAddress'],
    ['x5t#S256', 'X5tNumberS256'],
    ['123abc', '_123abc'],
    ['', 'Field'],
    ['-', 'Field'],
    ['naïve_value', 'NaïveValue'],
    ['✓ ok', 'Ok'],
    ['x²', 'X'],
  ])('property %j → %s', (wire, expected) => {
    expect(csPropertyName(wire)).toBe(expected);
  });

  test.each([
    ['Id', 'id'],
    ['IdentifierId', 'identifierId'],
    ['SAMLConnectionId', 'samlConnectionId'],
    ['RequestBody', 'requestBody'],
    ['Class', '@class'],
    ['Params', '@params'],
    ['Await', '@await'],
    ['_123abc', '_123abc'],
    ['URL', 'url'],
  ])('parameter of %s → %s', (pascal, expected) => {
    expect(csParameterName(pascal)).toBe(expected);
  });

  test('identifiers and keywords', () => {
    expect(csIdentifier('1st', 'X')).toBe('_1st');
    expect(csIdentifier('', 'X')).toBe('X');
    expect(csIdentifier('a-b', 'X')).toBe('ab');
    expect(escapeKeyword('string')).toBe('@string');
    expect(escapeKeyword('String')).toBe('String');
  });

  test('enum members as the docs name them', () => {
    expect(csEnumMemberName('email_address')).toBe('EmailAddress');
    expect(csEnumMemberName('')).toBe('Unknown');
    expect(csEnumMemberName(200)).toBe('TwoHundred');
    expect(csEnumMemberName(-1.5)).toBe('MinusOnePointFive');
    expect(csEnumMemberName('2fa')).toBe('_2fa');
  });

  test('unique names: first keeps, later and taken ones get a suffix, natural names are not stolen', () => {
    expect(uniqueNames(['A', 'A', 'AValue'], [])).toEqual(['A', 'AValue2', 'AValue']);
    expect(uniqueNames(['Thing', 'X'], ['Thing'])).toEqual(['ThingValue', 'X']);
  });

  test('surface names', () => {
    expect(csharpGroupClassName('oauthApplications')).toBe('OauthApplications');
    expect(csharpGroupClassName('emailSMSTemplates')).toBe('EmailSMSTemplates');
    expect(csharpGroupClassName('sign-ups')).toBe('SignUps');
    expect(csharpMethodBaseName({ methodName: 'list' } as never)).toBe('ListAsync');
    expect(csharpMethodBaseName({ methodName: 'GetUserList' } as never)).toBe('GetUserListAsync');
  });

  test('namespaces and literals', () => {
    expect(csNamespace('Clerk.BackendAPI')).toBe('Clerk.BackendAPI');
    expect(csNamespace('my-sdk.class')).toBe('MySdk.Class');
    expect(csNamespace('...')).toBe('Sdk');
    expect(csString('a"b\\c\n\u2028')).toBe('"a\\"b\\\\c\\n\\u2028"');
  });
});
