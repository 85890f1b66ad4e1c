// Application code in the reference generator's style (issue 14: a drop-in for its users),
// compiled against the generated Clerk SDK and run against the loopback server: the SDK and its
// groups behind interfaces (dependency injection, mocks), a per-call `retryConfig:`, requests
// without a required field left out, `err.Request` / `err.Response` on errors, and the
// User-Agent header of every request, closed enums as C# enums (switch, Value(), ToEnum()), the
// RetryConfig / BackoffStrategy constructors, a credential source, urlParams, an
// ISpeakeasyHttpClient of the application's own and list bodies named <Model>List. If any of
// these is missing, this file does not compile.
using Clerk.BackendAPI;
using Clerk.BackendAPI.Models.Components;
using Clerk.BackendAPI.Models.Errors;
using Clerk.BackendAPI.Models.Operations;
using Clerk.BackendAPI.Utils;
using Xunit;

namespace SdkTests;

/// <summary>A service of the application, written against the interfaces only.</summary>
public sealed class UserDirectory
{
    private readonly IClerkBackendApi clerk;

    public UserDirectory(IClerkBackendApi clerk) => this.clerk = clerk;

    // The request has no required field: left out, as the reference allows.
    public async Task<long> CountAsync() => (await clerk.Users.CountAsync()).TotalCount?.TotalCountValue ?? -1;

    public async Task<int> ListedAsync() => (await clerk.Users.ListAsync(retryConfig: new RetryConfig { Strategy = RetryStrategy.None })).UserList?.Count ?? -1;

    public Task<GetJWKSResponse> KeysAsync(IJwks jwks) => jwks.GetJWKSAsync();
}

/// <summary>A hand-written mock of one group, as tests of an application would have.</summary>
public sealed class FakeJwks : IJwks
{
    public int Calls { get; private set; }

    public RetryConfig? LastRetryConfig { get; private set; }

    public Task<GetJWKSResponse> GetJWKSAsync(RequestOptions? options = null, CancellationToken cancellationToken = default, RetryConfig? retryConfig = null)
    {
        Calls++;
        LastRetryConfig = retryConfig;
        return Task.FromResult(new GetJWKSResponse());
    }
}

/// <summary>The shape of a DI container's registration (services.AddSingleton&lt;IClerkBackendApi&gt;(…)).</summary>
public sealed class Services
{
    private readonly Dictionary<Type, Func<object>> factories = new();

    public Services AddSingleton<TService>(Func<TService> factory) where TService : class
    {
        var made = new Lazy<TService>(factory);
        factories[typeof(TService)] = () => made.Value;
        return this;
    }

    public TService Get<TService>() => (TService)factories[typeof(TService)]();
}

/// <summary>An application's own HTTP client, as written against the reference's interface.</summary>
public sealed class RecordingClient : ISpeakeasyHttpClient
{
    private readonly HttpClient inner = new();

    public List<string> Sent { get; } = new();

    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        Sent.Add($"{request.Method} {request.RequestUri!.AbsolutePath}");
        return await inner.SendAsync(request);
    }
}

/// <summary>The other way the reference allows: derive from its default client.</summary>
public sealed class HeaderAddingClient : SpeakeasyHttpClient
{
    public override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        request.Headers.TryAddWithoutValidation("x-app", "clerk-app");
        return base.SendAsync(request);
    }
}

public class SpeakeasyStyleTests
{
    private static RequestOptions Scenario(string scenario) => new()
    {
        Headers = new Dictionary<string, string> { ["x-scenario"] = scenario, ["x-scenario-id"] = Guid.NewGuid().ToString("N") },
    };

    [Fact]
    public async Task TheSdkAndItsGroupsAreUsedThroughInterfaces()
    {
        var services = new Services().AddSingleton<IClerkBackendApi>(() => new ClerkBackendApi(bearerAuth: "test-token", serverUrl: TestEnv.Server + "/clerk"));
        var clerk = services.Get<IClerkBackendApi>();
        Assert.IsType<ClerkBackendApi>(clerk);
        IUsers users = clerk.Users;
        Assert.IsType<Users>(users);
        var directory = new UserDirectory(clerk);
        Assert.True(await directory.CountAsync() >= 0);
        Assert.True(await directory.ListedAsync() >= 0);
    }

    [Fact]
    public async Task AGroupCanBeMocked()
    {
        var fake = new FakeJwks();
        IJwks jwks = fake;
        var retries = new RetryConfig { Strategy = RetryStrategy.None };
        await jwks.GetJWKSAsync(retryConfig: retries);
        await new UserDirectory(TestEnv.Clerk()).KeysAsync(fake);
        Assert.Equal(2, fake.Calls);
        Assert.Null(fake.LastRetryConfig);
    }

    [Fact]
    public async Task RetryConfigArgumentReplacesTheRetriesOfTheCall()
    {
        var sdk = TestEnv.Clerk();
        var fast = new RetryConfig { Backoff = new BackoffStrategy { InitialIntervalMs = 5, MaxIntervalMs = 20 }, StatusCodes = new[] { "5XX" } };
        Assert.NotNull((await sdk.SignUps.GetAsync(id: "x", options: Scenario("fail=503,502"), retryConfig: fast)).SignUp);
        // Without it the spec's retries would answer; RetryConfig.None as the argument stops them (the options' headers stay).
        var error = await Assert.ThrowsAsync<SDKError>(() => sdk.SignUps.GetAsync(id: "x", options: Scenario("fail=503"), retryConfig: RetryConfig.None));
        Assert.Equal(503, error.StatusCode);
        // Positional calls with options and a token keep compiling.
        Assert.NotNull((await sdk.SignUps.GetAsync("x", null, CancellationToken.None)).SignUp);
    }

    [Fact]
    public async Task ErrorsExposeRequestAndResponse()
    {
        var sdk = TestEnv.Clerk();
        var undeclared = await Assert.ThrowsAsync<SDKError>(() => sdk.SignUps.GetAsync(id: "x", options: Scenario("fail=418")));
        Assert.Same(undeclared.RawResponse, undeclared.Response);
        Assert.Equal(418, (int)undeclared.Response.StatusCode);
        Assert.Equal("/clerk/sign_ups/x", undeclared.Request.RequestUri!.AbsolutePath);
        var body = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("{\"errors\":[{\"message\":\"nope\",\"long_message\":\"Not allowed\",\"code\":\"forbidden\"}],\"clerk_trace_id\":\"t1\"}"));
        var declared = await Assert.ThrowsAsync<ClerkErrors>(() => sdk.SignUps.GetAsync(id: "x", options: Scenario($"fail=403;body64={body}")));
        Assert.Equal(403, (int)declared.Response.StatusCode);
        Assert.Equal(HttpMethod.Get, declared.Request.Method);
        try
        {
            await sdk.SignUps.GetAsync(id: "x", options: Scenario("fail=418"));
        }
        catch (ApiException e)
        {
            Assert.Equal(e.StatusCode, (int)e.Response.StatusCode);
        }
    }

    [Fact]
    public async Task EveryRequestCarriesTheUserAgent()
    {
        var res = await TestEnv.Clerk().Users.CountAsync();
        var userAgent = res.HttpMeta.Request.Headers.UserAgent.ToString();
        Assert.StartsWith("sdkwright Clerk.BackendAPI/", userAgent);
        Assert.EndsWith("(api 2025-03-12)", userAgent);
        // A User-Agent given for the call wins.
        var own = await TestEnv.Clerk().Users.CountAsync(options: new RequestOptions { Headers = new Dictionary<string, string> { ["User-Agent"] = "my-app/1.0" } });
        Assert.Equal("my-app/1.0", own.HttpMeta.Request.Headers.UserAgent.ToString());
    }

    [Fact]
    public async Task ClosedEnumsAreCSharpEnums()
    {
        var signUp = (await TestEnv.Clerk().SignUps.GetAsync(id: "x")).SignUp!;
        string label = signUp.Status switch
        {
            SignUpStatus.MissingRequirements => "missing",
            SignUpStatus.Complete => "complete",
            SignUpStatus.Abandoned => "abandoned",
            _ => "other",
        };
        Assert.NotEqual("other", label);
        Assert.Equal(signUp.Status, SignUpStatusExtension.ToEnum(signUp.Status.Value()));
        Assert.Equal("missing_requirements", SignUpStatus.MissingRequirements.Value());
        Assert.Equal(SignUpStatus.Abandoned, SignUpStatusExtension.ToEnum("abandoned"));
        Assert.Throws<ArgumentException>(() => SignUpStatusExtension.ToEnum("brand_new"));
        Assert.True(Enum.IsDefined(typeof(SignUpStatus), signUp.Status));
    }

    [Fact]
    public async Task ReferenceRetryConfigConstructorsAndACredentialSource()
    {
        int asked = 0;
        var sdk = new ClerkBackendApi(
            bearerAuthSource: () => { asked++; return "test-token"; },
            serverUrl: TestEnv.Server + "/clerk",
            urlParams: new Dictionary<string, string>(),
            retryConfig: new RetryConfig(
                strategy: RetryConfig.RetryStrategy.BACKOFF,
                backoff: new BackoffStrategy(initialIntervalMs: 1L, maxIntervalMs: 5L, maxElapsedTimeMs: 2000L, exponent: 1.1),
                retryConnectionErrors: false));
        var res = await sdk.SignUps.GetAsync(id: "x", options: Scenario("fail=503,502"));
        Assert.NotNull(res.SignUp);
        Assert.Equal("Bearer test-token", res.HttpMeta.Request.Headers.Authorization!.ToString());
        // Asked again for every call, so a rotated token is picked up.
        int afterFirst = asked;
        Assert.True(afterFirst >= 1);
        var none = new RetryConfig(RetryConfig.RetryStrategy.NONE);
        var error = await Assert.ThrowsAsync<SDKError>(() => sdk.SignUps.GetAsync(id: "x", options: Scenario("fail=503"), retryConfig: none));
        Assert.Equal(503, error.StatusCode);
        Assert.True(asked > afterFirst);
        // A value given for the scheme wins over its source.
        var both = new ClerkBackendApi(bearerAuth: "value-token", bearerAuthSource: () => "source-token", serverUrl: TestEnv.Server + "/clerk");
        Assert.Equal("Bearer value-token", (await both.Users.CountAsync()).HttpMeta.Request.Headers.Authorization!.ToString());
    }

    [Fact]
    public async Task AnApplicationsOwnHttpClientSendsEveryAttempt()
    {
        var recording = new RecordingClient();
        var sdk = new ClerkBackendApi(bearerAuth: "test-token", serverUrl: TestEnv.Server + "/clerk", client: recording);
        var fast = new RetryConfig(RetryConfig.RetryStrategy.BACKOFF, new BackoffStrategy(initialIntervalMs: 1L, maxIntervalMs: 5L));
        Assert.NotNull((await sdk.SignUps.GetAsync(id: "x", options: Scenario("fail=503"), retryConfig: fast)).SignUp);
        Assert.Equal(new[] { "GET /clerk/sign_ups/x", "GET /clerk/sign_ups/x" }, recording.Sent);
        var derived = new ClerkBackendApi(bearerAuth: "test-token", serverUrl: TestEnv.Server + "/clerk", client: new HeaderAddingClient());
        var res = await derived.Users.CountAsync();
        Assert.Equal("clerk-app", res.HttpMeta.Request.Headers.GetValues("x-app").Single());
    }

    [Fact]
    public async Task AListBodyIsNamedAfterItsModel()
    {
        GetUserListResponse res = await TestEnv.Clerk().Users.ListAsync(new GetUserListRequest());
        List<User>? users = res.UserList;
        Assert.NotNull(users);
    }
}
