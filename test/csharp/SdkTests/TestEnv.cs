// Where the loopback server is, and SDK instances pointed at it.
using Clerk.BackendAPI;
using Fixture.Client;
using FixtureUtils = Fixture.Client.Utils;

namespace SdkTests;

public static class TestEnv
{
    public static string Server => Environment.GetEnvironmentVariable("SDK_TEST_SERVER")
        ?? throw new InvalidOperationException("SDK_TEST_SERVER is not set; run through test/unit/targets/csharp/xunit.test.ts");

    public static Uri ServerUri => new(Server);

    public static ClerkBackendApi Clerk(string token = "test-token") => new(bearerAuth: token, serverUrl: Server + "/clerk");

    /// <summary>The fixture SDK, reaching the server through the spec's templated URL and its variables.</summary>
    public static SDK Fixture(
        string? bearer = "fixture-token",
        FixtureUtils.BasicAuth? basic = null,
        string? apiKey = null,
        FixtureUtils.ClientCredentials? oauth = null,
        FixtureUtils.RetryConfig? retries = null,
        TimeSpan? timeout = null,
        HttpClient? client = null) =>
        new(
            bearer: bearer,
            basic: basic,
            apiKeyHeader: apiKey,
            apiKeyQuery: apiKey,
            apiKeyCookie: apiKey,
            oauth: oauth,
            serverVariables: new Dictionary<string, string> { ["host"] = ServerUri.Host, ["port"] = ServerUri.Port.ToString() },
            retryConfig: retries,
            timeout: timeout,
            httpClient: client);

    /// <summary>Per-call headers that make the server fail the first attempts (see server.ts).</summary>
    public static FixtureUtils.RequestOptions Scenario(string scenario, FixtureUtils.RetryConfig? retries = null, TimeSpan? timeout = null) => new()
    {
        Headers = new Dictionary<string, string> { ["x-scenario"] = scenario, ["x-scenario-id"] = Guid.NewGuid().ToString("N") },
        Retries = retries,
        Timeout = timeout,
    };
}
