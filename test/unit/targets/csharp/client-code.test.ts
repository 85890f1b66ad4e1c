/** The generated client code, read as text: what each operation sends and how it reads answers. */
import { readFileSync } from 'node:fs';
import type { EmittedFile } from '../../../../generator/write/emitted-file.js';
import { generateFixture, generateSpec } from './support/generate.js';
import { CLERK_SPEC } from './support/paths.js';

let files: EmittedFile[];
const file = (path: string) => files.find((f) => f.path === path)!.contents;

beforeAll(async () => {
  ({ files } = await generateFixture('client'));
});

describe('csharp client code', () => {
  test('the SDK class takes one credential per scheme, typed by scheme', () => {
    const sdk = file('SDK.cs');
    expect(sdk).toContain(
      'public SDK(string? bearer = null, BasicAuth? basic = null, string? apiKeyHeader = null, string? apiKeyQuery = null, string? apiKeyCookie = null, ClientCredentials? oauth = null, global::System.Func<string>? bearerSource = null, global::System.Func<string>? apiKeyHeaderSource = null, global::System.Func<string>? apiKeyQuerySource = null, global::System.Func<string>? apiKeyCookieSource = null, int serverIndex = 0',
    );
    expect(sdk).toContain('new SecurityScheme("oauth", SchemeKind.OAuth2ClientCredentials, null, "/oauth/token")');
    expect(sdk).toContain('new ServerTemplate("http://{host}:{port}/fixture", new Dictionary<string, string> { ["host"] = "localhost", ["port"] = "35123" })');
    expect(sdk).toContain('public IParams Params { get; }');
    expect(sdk).toContain('public async global::System.Threading.Tasks.Task<HealthResponse> HealthAsync(');
  });

  test("the SDK class also takes the reference's Security model, as a value or a source; a scheme's own argument wins", () => {
    const sdk = file('SDK.cs');
    expect(sdk).toContain('Security? security = null, global::System.Func<global::Fixture.Client.Models.Components.Security>? securitySource = null)');
    expect(sdk).toContain(
      '["bearer"] = (object?)bearer ?? bearerSource ?? (object?)security?.Bearer ?? (securitySource == null ? null : new global::System.Func<object?>(() => securitySource()?.Bearer))',
    );
    expect(sdk).toContain(
      '["basic"] = (object?)basic ?? (object?)BasicAuthOf(security?.Basic) ?? (securitySource == null ? null : new global::System.Func<object?>(() => BasicAuthOf(securitySource()?.Basic)))',
    );
    // Client credentials have no field in Security that the runtime could use.
    expect(sdk).toContain('["oauth"] = oauth }');
    expect(file('Models/Components/Security.cs')).toContain('public SchemeBasicAuth? Basic { get; set; }');
  });

  test('parameters keep their style and explode; bodies their media type', () => {
    const params = file('Params.cs');
    expect(params).toContain('spec.PathParam("label", request.Label, ParamStyle.Label, false);');
    expect(params).toContain('spec.QueryParam("filter", request.Filter, ParamStyle.DeepObject, true);');
    expect(params).toContain('spec.QueryJson("json", request.Json);');
    // Cookies are form style, which explodes by default.
    expect(params).toContain('spec.CookieParam("session", request.Session, true);');
    const bodies = file('Bodies.cs');
    expect(bodies).toContain('spec.Body = RequestBodies.Form(request, "application/x-www-form-urlencoded");');
    expect(bodies).toContain('spec.Body = RequestBodies.Multipart(request);');
    expect(bodies).toContain('spec.Body = RequestBodies.Bytes(request, "application/octet-stream");');
    expect(bodies).toContain('spec.Body = RequestBodies.Text(request, "text/plain");');
    expect(bodies).toContain('ResponseStream = await Responses.BytesAsync(response, cancellationToken)');
  });

  test('responses: exact codes, then ranges, then undeclared errors; declared errors thrown as their class', () => {
    const errors = file('Errors.cs');
    const fail = errors.slice(errors.indexOf('FailCore('), errors.indexOf('garbageInfo'));
    const order = ['status == 200', 'status == 400', 'status == 404', 'status == 422', 'status >= 500 && status < 600', 'status >= 400 && status < 600'].map((c) => fail.indexOf(`if (${c})`));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]))).toBe(true);
    expect(fail).toContain('throw await Responses.ApiErrorAsync<BadRequestError>(response, cancellationToken)');
    expect(fail).toContain('throw await Responses.SdkErrorAsync("Unexpected response", response, cancellationToken)');
  });

  test('retries, servers and security of an operation are its OperationInfo', () => {
    expect(file('Retries.cs')).toContain(
      'new OperationInfo("flaky", null, null, new RetryConfig { Strategy = RetryStrategy.Backoff, Backoff = new BackoffStrategy { InitialIntervalMs = 10, MaxIntervalMs = 50, MaxElapsedTimeMs = 3000, Exponent = 1.5 }, StatusCodes = new string[] { "503", "429" }, RetryConnectionErrors = true })',
    );
    expect(file('Auth.cs')).toContain('new SecurityRequirement[] { new SecurityRequirement(new SchemeUse("apiKeyHeader")), new SecurityRequirement(new SchemeUse("basic")) }');
    expect(file('SDK.cs')).toContain('new OperationInfo("health", null, new SecurityRequirement[] {  })');
  });

  test('each group class implements its interface, which declares every public method', () => {
    const params = file('Params.cs');
    expect(params).toContain('public interface IParams\n{');
    expect(params).toContain('public class Params : IParams\n{');
    const declared = [...params.matchAll(/^ {4}global::System\.Threading\.Tasks\.Task<(\w+)> (\w+)\((.*)\);$/gm)].map((m) => m.slice(1).join(' '));
    const implemented = [...params.matchAll(/^ {4}public async global::System\.Threading\.Tasks\.Task<(\w+)> (\w+)\((.*)\)$/gm)].map((m) => m.slice(1).join(' '));
    expect(declared.length).toBeGreaterThan(2);
    expect(declared).toEqual(implemented);
  });

  test('the SDK class implements I<SdkClass>: group properties typed as their interfaces, root methods declared', () => {
    const sdk = file('SDK.cs');
    expect(sdk).toContain('public interface ISDK\n{');
    expect(sdk).toContain('public class SDK : ISDK\n{');
    expect(sdk).toMatch(/^ {4}IParams Params \{ get; \}$/m);
    expect(sdk).toContain('public IParams Params { get; }');
    expect(sdk).toMatch(
      /^ {4}global::System\.Threading\.Tasks\.Task<HealthResponse> HealthAsync\(RequestOptions\? options = null, CancellationToken cancellationToken = default, RetryConfig\? retryConfig = null\);$/m,
    );
  });

  test("every method takes a trailing retryConfig, which replaces the options' retries for the call", () => {
    const retries = file('Retries.cs');
    expect(retries).toContain('FlakyAsync(RequestOptions? options = null, CancellationToken cancellationToken = default, RetryConfig? retryConfig = null)');
    expect(retries).toContain('return await FlakyCore(null, RequestOptions.WithRetries(options, retryConfig), null, cancellationToken).ConfigureAwait(false);');
    const publicMethods = files.filter((f) => /^\w+\.cs$/.test(f.path)).flatMap((f) => [...f.contents.matchAll(/^ {4}public async .*\)$/gm)].map((m) => m[0]));
    expect(publicMethods.length).toBeGreaterThan(10);
    expect(publicMethods.filter((m) => !/, RetryConfig\? \w+ = null\)$/.test(m))).toEqual([]);
  });

  test('a request object is optional (request = null, sent as an empty one) unless a field is required', async () => {
    expect(file('Params.cs')).toMatch(/ManyParamsAsync\(ManyParamsRequest request, RequestOptions\?/);
    const clerk = (await generateSpec(CLERK_SPEC, [], 'Clerk.BackendAPI')).files.find((f) => f.path === 'Users.cs')!.contents;
    expect(clerk).toContain('public async global::System.Threading.Tasks.Task<GetUserListResponse> ListAsync(GetUserListRequest? request = null, RequestOptions? options = null');
    expect(clerk).toContain('return await ListCore(request ?? new GetUserListRequest(), RequestOptions.WithRetries(options, retryConfig), null, cancellationToken)');
    // The core method (and the next page) still read a request that is never null.
    expect(clerk).toContain('private async global::System.Threading.Tasks.Task<GetUserListResponse> ListCore(GetUserListRequest request, RequestOptions? options');
  }, 60_000);

  test('query and header parameters left unset send their spec defaults, as literals of their C# type', async () => {
    const request = (await generateSpec(CLERK_SPEC, [], 'Clerk.BackendAPI')).files.find((f) => f.path === 'Models/Operations/GetUserListRequest.cs')!.contents;
    expect(request).toContain('public long? Limit { get; set; } = 10L;');
    expect(request).toContain('public long? Offset { get; set; } = 0L;');
    expect(request).toContain('public string? OrderBy { get; set; } = "-created_at";');
    // Parameters without a default stay unset.
    expect(request).toMatch(/public List<string>\? EmailAddress \{ get; set; \}\n/);
  }, 60_000);

  test("requests carry the reference's User-Agent fields: sdkwright/csharp <sdk version> <sdkwright version> <API version> <package id>", () => {
    const sdkwright = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
    expect(file('SDK.cs')).toContain(`UserAgent = "sdkwright/csharp 0.0.1 ${sdkwright} 1.0.0 Fixture.Client",`);
    expect(file('Utils/SdkCore.cs')).toContain('request.Headers.TryAddWithoutValidation("User-Agent", userAgent)');
    expect(file('Fixture.Client.csproj')).toContain('<Version>0.0.1</Version>');
  });

  test("API errors expose Request and Response (the reference's names) beside RawResponse", () => {
    const errors = file('Models/Errors/Errors.cs');
    expect(errors).toContain('public global::System.Net.Http.HttpResponseMessage Response => RawResponse!;');
    expect(errors).toContain('public global::System.Net.Http.HttpRequestMessage Request => RawResponse?.RequestMessage!;');
  });

  test('paginated responses get Next, set from the page just read', () => {
    const pagination = file('Pagination.cs');
    expect(pagination).toContain('next.Offset = (request.Offset ?? 0) + count;');
    expect(pagination).toContain('next.Cursor = cursor;');
    expect(file('Models/Operations/ListOffsetResponse.cs')).toContain('public global::System.Func<global::System.Threading.Tasks.Task<ListOffsetResponse?>>? Next { get; set; }');
  });
});
