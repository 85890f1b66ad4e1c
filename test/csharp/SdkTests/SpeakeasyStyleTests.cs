// Application code in the reference generator's style (issue 14: a drop-in for its users),
// compiled against the generated Clerk SDK and run against the loopback server: the SDK and its
// groups behind interfaces (dependency injection, mocks), a per-call `retryConfig:`, requests
// without a required field left out, `err.Request` / `err.Response` on errors, and the
// User-Agent header of every request, closed enums as C# enums (switch, Value(), ToEnum()), the
// RetryConfig / BackoffStrategy constructors, a credential source, urlParams, an
// ISpeakeasyHttpClient of the application's own and list bodies named <Model>List, hooks
// (ISDKInitHook, IBeforeRequestHook, IAfterSuccessHook, IAfterErrorHook in <Root>.Hooks) and a
// union's Type / CreateNull(). If any of these is missing, this file does not compile.
using Clerk.BackendAPI;
using Clerk.BackendAPI.Hooks;
using Clerk.BackendAPI.Models.Components;
using Clerk.BackendAPI.Models.Errors;
using Clerk.BackendAPI.Models.Operations;
using Clerk.BackendAPI.Utils;
using Xunit;
using FixtureComponents = Fixture.Client.Models.Components;

namespace SdkTests;

/// <summary>A BeforeRequest hook as applications write them: adds headers to every attempt.</summary>
public sealed class ScenarioHook : IBeforeRequestHook
{
    private readonly string scenario;
    private readonly string id = Guid.NewGuid().ToString("N");

    public ScenarioHook(string scenario) => this.scenario = scenario;

    public List<string> Operations { get; } = new();

    public Task<HttpRequestMessage> BeforeRequestAsync(BeforeRequestContext hookCtx, HttpRequestMessage request)
    {
        Operations.Add(hookCtx.OperationID);
        request.Headers.TryAddWithoutValidation("x-scenario", scenario);
        request.Headers.TryAddWithoutValidation("x-scenario-id", id);
        return Task.FromResult(request);
    }
}

/// <summary>An AfterError hook that records what it sees and answers as it is told to.</summary>
public sealed class ErrorHook : IAfterErrorHook
{
    private readonly Func<HttpResponseMessage?, Exception?, (HttpResponseMessage?, Exception?)> answer;

    public ErrorHook(Func<HttpResponseMessage?, Exception?, (HttpResponseMessage?, Exception?)>? answer = null) => this.answer = answer ?? ((r, e) => (r, e));

    public List<(int? Status, Exception? Error)> Seen { get; } = new();

    public Task<(HttpResponseMessage?, Exception?)> AfterErrorAsync(AfterErrorContext hookCtx, HttpResponseMessage? response, Exception? error)
    {
        Seen.Add((response is null ? null : (int)response.StatusCode, error));
        return Task.FromResult(answer(response, error));
    }
}

/// <summary>One class may implement several hooks; SDKInit moves the SDK to the test server and its own client.</summary>
public sealed class InitAndSuccessHook : ISDKInitHook, IAfterSuccessHook
{
    public RecordingClient Client { get; } = new();

    public string? BaseUrlSeen { get; private set; }

    public int Successes { get; private set; }

    public (string, ISpeakeasyHttpClient) SDKInit(string baseUrl, ISpeakeasyHttpClient client)
    {
        BaseUrlSeen = baseUrl;
        return (TestEnv.Server + "/clerk", Client);
    }

    public Task<HttpResponseMessage> AfterSuccessAsync(AfterSuccessContext hookCtx, HttpResponseMessage response)
    {
        Successes++;
        return Task.FromResult(response);
    }
}

public sealed class AppException : Exception
{
    public AppException(string message) : base(message)
    {
    }
}

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
        // The reference's fields in its order: speakeasy-sdk/csharp <sdk> <generator> <API version> <package>.
        var fields = res.HttpMeta.Request.Headers.UserAgent.ToString().Split(' ');
        Assert.Equal(5, fields.Length);
        Assert.Equal("sdkwright/csharp", fields[0]);
        Assert.Equal("0.0.1", fields[1]);
        Assert.Matches(@"^\d+\.\d+\.\d+", fields[2]);
        Assert.Equal("2025-03-12", fields[3]);
        Assert.Equal("Clerk.BackendAPI", fields[4]);
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

    [Fact]
    public async Task ABeforeRequestHookAddsHeadersTheServerSeesAndAnAfterErrorHookSeesTheError()
    {
        // The header makes the server answer 418: it saw what the hook added.
        var before = new ScenarioHook("fail=418,418");
        var after = new ErrorHook();
        var sdk = new ClerkBackendApi(bearerAuth: "test-token", serverUrl: TestEnv.Server + "/clerk", hooks: new IHook[] { before, after });
        var error = await Assert.ThrowsAsync<SDKError>(() => sdk.Users.CountAsync());
        Assert.Equal(418, error.StatusCode);
        Assert.Equal("fail=418,418", error.Request.Headers.GetValues("x-scenario").Single());
        Assert.Equal(new[] { "GetUsersCount" }, before.Operations);
        Assert.Equal(new (int?, Exception?)[] { (418, null) }, after.Seen);
        // The second attempt of the scenario fails too; then the server answers.
        await Assert.ThrowsAsync<SDKError>(() => sdk.Users.CountAsync());
        Assert.True((await sdk.Users.CountAsync()).TotalCount!.TotalCountValue >= 0);
        Assert.Equal(2, after.Seen.Count);
    }

    [Fact]
    public async Task AnAfterErrorHookMayThrowItsOwnErrorOrAnswerInstead()
    {
        var throwing = new ClerkBackendApi(bearerAuth: "test-token", serverUrl: TestEnv.Server + "/clerk", hooks: new IHook[] { new ScenarioHook("fail=403"), new ErrorHook((r, e) => (null, new AppException($"refused: {(int)r!.StatusCode}"))) });
        Assert.Equal("refused: 403", (await Assert.ThrowsAsync<AppException>(() => throwing.Users.CountAsync())).Message);

        var recovering = new ErrorHook((r, e) => (new HttpResponseMessage(System.Net.HttpStatusCode.OK)
        {
            Content = new StringContent("{\"object\":\"total_count\",\"total_count\":7}", System.Text.Encoding.UTF8, "application/json"),
            RequestMessage = r!.RequestMessage,
        }, null));
        var sdk = new ClerkBackendApi(bearerAuth: "test-token", serverUrl: TestEnv.Server + "/clerk", hooks: new IHook[] { new ScenarioHook("fail=500"), recovering });
        var res = await sdk.Users.CountAsync(retryConfig: RetryConfig.None);
        Assert.Equal(7, res.TotalCount!.TotalCountValue);
        Assert.Single(recovering.Seen);
    }

    [Fact]
    public async Task AnAfterErrorHookSeesTransportFailures()
    {
        var hook = new ErrorHook((r, e) => (null, new AppException("offline: " + e!.GetType().Name)));
        var sdk = new ClerkBackendApi(bearerAuth: "test-token", serverUrl: "http://127.0.0.1:1/clerk", hooks: new IHook[] { hook });
        var error = await Assert.ThrowsAsync<AppException>(() => sdk.Users.CountAsync(retryConfig: RetryConfig.None));
        Assert.Equal("offline: ConnectionException", error.Message);
        Assert.Null(hook.Seen.Single().Status);
        // Without an answer of its own, the call throws the failure as before.
        var passing = new ClerkBackendApi(bearerAuth: "test-token", serverUrl: "http://127.0.0.1:1/clerk", hooks: new IHook[] { new ErrorHook() });
        await Assert.ThrowsAsync<ConnectionException>(() => passing.Users.CountAsync(retryConfig: RetryConfig.None));
    }

    [Fact]
    public async Task SdkInitMayReplaceTheBaseUrlAndTheClient()
    {
        var hook = new InitAndSuccessHook();
        var sdk = new ClerkBackendApi(bearerAuth: "test-token", serverUrl: "http://127.0.0.1:1/nowhere", hooks: new IHook[] { hook });
        Assert.Equal("http://127.0.0.1:1/nowhere", hook.BaseUrlSeen);
        var res = await sdk.Users.CountAsync();
        Assert.True(res.TotalCount!.TotalCountValue >= 0);
        Assert.Equal(new[] { "GET /clerk/users/count" }, hook.Client.Sent);
        Assert.Equal(1, hook.Successes);
    }

    [Fact]
    public void TheRegistrationPointAndTheHookTypesAreTheReferences()
    {
        // Hooks/HookRegistration.cs, generated once and the user's from then on, is where an SDKHooks starts.
        IHooks hooks = new SDKHooks();
        HookRegistration.RegisterHooks(hooks);
        hooks.RegisterBeforeRequestHook(new ScenarioHook("none"));
        var ctx = new HookContext("GetUsersCount", null, () => "credentials");
        var before = new BeforeRequestContext(ctx);
        Assert.Equal("GetUsersCount", before.OperationID);
        Assert.Null(before.OauthScopes);
        Assert.Equal("credentials", before.SecuritySource!());
        Assert.Equal("GetUsersCount", new AfterSuccessContext(ctx).OperationID);
        Assert.Equal("GetUsersCount", new AfterErrorContext(ctx).OperationID);
    }

    [Fact]
    public async Task AUnionSaysWhichMemberItHolds()
    {
        string Describe(Verification verification) => verification.Type switch
        {
            var t when t == VerificationType.Otp => "otp " + verification.Otp!.Status.Value(),
            var t when t == VerificationType.Admin => "admin",
            var t when t == VerificationType.FromOAuth => "oauth",
            var t when t == VerificationType.Ticket => "ticket",
            _ => "unknown",
        };
        var otp = Verification.CreateOtp(new Otp { Status = VerificationStatus.Verified, Strategy = Strategy.PhoneCode });
        Assert.Equal("otp verified", Describe(otp));
        Assert.Equal(VerificationType.Otp, otp.Type);
        Assert.True(otp.Type.Equals(VerificationType.FromString("Otp")));
        string name = otp.Type;
        Assert.Equal("Otp", name);
        switch (otp.Type.ToString())
        {
            case "Otp":
                break;
            default:
                Assert.Fail("not Otp");
                break;
        }
        Assert.Throws<ArgumentException>(() => VerificationType.FromString("Nope"));
        // One read from the server: whichever member it holds, Type names it.
        var email = (await TestEnv.Clerk().EmailAddresses.GetAsync(emailAddressId: "x")).EmailAddress;
        if (email?.Verification is { } read) Assert.NotEqual("unknown", Describe(read));
    }

    [Fact]
    public void ANullableUnionHasCreateNull()
    {
        var none = FixtureComponents.Guardian.CreateNull();
        Assert.Equal(FixtureComponents.GuardianType.Null, none.Type);
        Assert.Null(none.Value);
        Assert.Null(none.Person);
        var person = FixtureComponents.Guardian.CreatePerson(new FixtureComponents.Person { FirstName = "Ada" });
        Assert.Equal(FixtureComponents.GuardianType.Person, person.Type);
        Assert.NotEqual(none.Type, person.Type);
        // Written as JSON null where a Pet's guardian is sent.
        Assert.Equal("null", System.Text.Json.JsonSerializer.Serialize(none));
    }
}
