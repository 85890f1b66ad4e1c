// The Clerk SDK's surface as the reference docs show it, its errors and per-call retries.
using System.Text;
using Clerk.BackendAPI;
using Clerk.BackendAPI.Models.Errors;
using Clerk.BackendAPI.Utils;
using Xunit;

namespace SdkTests;

public class ClerkTests
{
    private static RequestOptions Scenario(string scenario, RetryConfig? retries = null) => new()
    {
        Headers = new Dictionary<string, string> { ["x-scenario"] = scenario, ["x-scenario-id"] = Guid.NewGuid().ToString("N") },
        Retries = retries,
    };

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    [Fact]
    public async Task FlattenedArgumentsAsTheDocsShow()
    {
        var sdk = new ClerkBackendApi(bearerAuth: "test-token", serverUrl: TestEnv.Server + "/clerk");
        var res = await sdk.SignUps.GetAsync(id: "signup_123");
        Assert.Equal("/clerk/sign_ups/signup_123", res.HttpMeta.Request.RequestUri!.AbsolutePath);
        Assert.Equal("Bearer test-token", res.HttpMeta.Request.Headers.Authorization!.ToString());
        Assert.NotNull(res.SignUp);
        Assert.Equal("sample", res.SignUp!.Id);
    }

    [Fact]
    public async Task RequestObjectForBodies()
    {
        var sdk = TestEnv.Clerk();
        var res = await sdk.BlocklistIdentifiers.CreateAsync(new Clerk.BackendAPI.Models.Operations.CreateBlocklistIdentifierRequestBody { Identifier = "example@example.com" });
        Assert.Equal("{\"identifier\":\"example@example.com\"}", await res.HttpMeta.Request.Content!.ReadAsStringAsync());
        Assert.NotNull(res.BlocklistIdentifier);
    }

    [Fact]
    public async Task DeclaredErrorIsThrownAsItsClass()
    {
        var body = Base64("{\"errors\":[{\"message\":\"nope\",\"long_message\":\"Not allowed\",\"code\":\"forbidden\"}],\"clerk_trace_id\":\"t1\"}");
        var error = await Assert.ThrowsAsync<ClerkErrors>(() => TestEnv.Clerk().SignUps.GetAsync(id: "x", options: Scenario($"fail=403;body64={body}")));
        Assert.Equal(403, error.StatusCode);
        Assert.Equal("forbidden", error.Errors[0].Code);
        Assert.Equal("t1", error.ClerkTraceId);
        Assert.NotNull(error.RawResponse);
    }

    [Fact]
    public async Task UndeclaredErrorIsSdkError()
    {
        var error = await Assert.ThrowsAsync<SDKError>(() => TestEnv.Clerk().SignUps.GetAsync(id: "x", options: Scenario("fail=418")));
        Assert.Equal(418, error.StatusCode);
        Assert.Contains("attempt", error.Body);
    }

    [Fact]
    public async Task PerCallRetries()
    {
        var retries = new RetryConfig { Backoff = new BackoffStrategy { InitialIntervalMs = 5, MaxIntervalMs = 20 }, StatusCodes = new[] { "5XX" } };
        var res = await TestEnv.Clerk().SignUps.GetAsync(id: "x", options: Scenario("fail=503,502", retries));
        Assert.NotNull(res.SignUp);
        // The spec's document-level x-speakeasy-retries (5XX, backoff) applies when a call names none.
        Assert.NotNull((await TestEnv.Clerk().SignUps.GetAsync(id: "x", options: Scenario("fail=503"))).SignUp);
        await Assert.ThrowsAsync<SDKError>(() => TestEnv.Clerk().SignUps.GetAsync(id: "x", options: Scenario("fail=503", RetryConfig.None)));
    }

    [Fact]
    public async Task ModelsDeserialize()
    {
        var res = await TestEnv.Clerk().Users.GetAsync(userId: "user_1");
        Assert.NotNull(res.User);
        Assert.Equal("sample", res.User!.Id);
    }
}
