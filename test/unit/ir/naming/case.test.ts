import { camelCase, pascalCase } from '../../../../generator/ir/naming/case.js';

describe('pascalCase', () => {
  test.each([
    ['expired_token', 'ExpiredToken'],
    ['request_originating_ip', 'RequestOriginatingIp'],
    ['schemas-SAMLConnection', 'SchemasSAMLConnection'],
    ['JWKS', 'Jwks'],
    ['OTP', 'Otp'],
    ['JWKS.rsa.PrivateKey', 'JWKSRsaPrivateKey'],
    ['CNameTarget', 'CNameTarget'],
    ['template_type', 'TemplateType'],
    ['a-b c', 'ABC'],
    ['', ''],
    ['123abc', '123abc'],
    ['élan_vital', 'ÉlanVital'],
  ])('%j → %j', (given, want) => {
    expect(pascalCase(given)).toBe(want);
  });
});

describe('camelCase', () => {
  test.each([
    ['expired_token', 'expiredToken'],
    ['URLPath', 'urlPath'],
    ['ID', 'id'],
    ['x-api-key', 'xApiKey'],
  ])('%j → %j', (given, want) => {
    expect(camelCase(given)).toBe(want);
  });
});
