/** The generated client code, read as text: what each operation sends and how it reads answers. */
import type { EmittedFile } from '../../../../generator/write/emitted-file.js';
import { generateFixture } from './support/generate.js';

let files: EmittedFile[];
const file = (path: string) => files.find((f) => f.path === path)!.contents;

beforeAll(async () => {
  ({ files } = await generateFixture('client'));
});

describe('csharp client code', () => {
  test('the SDK class takes one credential per scheme, typed by scheme', () => {
    const sdk = file('SDK.cs');
    expect(sdk).toContain('public SDK(string? bearer = null, BasicAuth? basic = null, string? apiKeyHeader = null, string? apiKeyQuery = null, string? apiKeyCookie = null, ClientCredentials? oauth = null, int serverIndex = 0');
    expect(sdk).toContain('new SecurityScheme("oauth", SchemeKind.OAuth2ClientCredentials, null, "/oauth/token")');
    expect(sdk).toContain('new ServerTemplate("http://{host}:{port}/fixture", new Dictionary<string, string> { ["host"] = "localhost", ["port"] = "35123" })');
    expect(sdk).toContain('public Params Params { get; }');
    expect(sdk).toContain('public async global::System.Threading.Tasks.Task<HealthResponse> HealthAsync(');
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

  test('paginated responses get Next, set from the page just read', () => {
    const pagination = file('Pagination.cs');
    expect(pagination).toContain('next.Offset = (request.Offset ?? 0) + count;');
    expect(pagination).toContain('next.Cursor = cursor;');
    expect(file('Models/Operations/ListOffsetResponse.cs')).toContain('public global::System.Func<global::System.Threading.Tasks.Task<ListOffsetResponse?>>? Next { get; set; }');
  });
});
