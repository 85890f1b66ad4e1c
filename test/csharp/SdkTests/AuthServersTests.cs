// Credentials per scheme and per operation, OAuth2 client credentials, servers and variables.
using Fixture.Client;
using Fixture.Client.Models.Errors;
using Fixture.Client.Utils;
using Xunit;

namespace SdkTests;

public class AuthServersTests
{
    [Fact]
    public async Task BearerByDefaultNoneWhereTheOperationSaysSo()
    {
        var health = await TestEnv.Fixture().HealthAsync();
        Assert.False(health.Echo!.Headers!.ContainsKey("authorization"));
        var flaky = await TestEnv.Fixture().Retries.FlakyAsync();
        Assert.Equal("Bearer fixture-token", flaky.Echo!.Headers!["authorization"]);
    }

    [Fact]
    public async Task Basic()
    {
        var res = await TestEnv.Fixture(basic: new BasicAuth("user", "pass")).Auth.BasicAuthAsync();
        Assert.Equal("Basic dXNlcjpwYXNz", res.Echo!.Headers!["authorization"]);
        var withoutCredentials = new RequestOptions { Headers = new Dictionary<string, string> { ["x-expect-invalid"] = "no credentials" } };
        var error = await Assert.ThrowsAsync<SDKError>(() => TestEnv.Fixture().Auth.BasicAuthAsync(withoutCredentials));
        Assert.Equal(401, error.StatusCode);
    }

    [Fact]
    public async Task TheSecurityModelAsValueOrSource()
    {
        var vars = new Dictionary<string, string> { ["host"] = TestEnv.ServerUri.Host, ["port"] = TestEnv.ServerUri.Port.ToString() };
        var basic = new Fixture.Client.Models.Components.Security { Basic = new Fixture.Client.Models.Components.SchemeBasicAuth { Username = "user", Password = "pass" } };
        var res = await new SDK(security: basic, serverVariables: vars).Auth.BasicAuthAsync();
        Assert.Equal("Basic dXNlcjpwYXNz", res.Echo!.Headers!["authorization"]);
        var asked = 0;
        var sdk = new SDK(securitySource: () => new Fixture.Client.Models.Components.Security { Bearer = $"token-{++asked}" }, serverVariables: vars);
        var first = (await sdk.Retries.FlakyAsync()).Echo!.Headers!["authorization"];
        var second = (await sdk.Retries.FlakyAsync()).Echo!.Headers!["authorization"];
        Assert.StartsWith("Bearer token-", first);
        Assert.NotEqual(first, second); // asked again for every request
        // The scheme's own argument wins over the model's field.
        var own = await new SDK(bearer: "own", security: new Fixture.Client.Models.Components.Security { Bearer = "model" }, serverVariables: vars).Retries.FlakyAsync();
        Assert.Equal("Bearer own", own.Echo!.Headers!["authorization"]);
    }

    [Fact]
    public async Task ApiKeysInHeaderQueryAndCookie()
    {
        var res = await TestEnv.Fixture(apiKey: "k1").Auth.ApiKeysAsync();
        Assert.Equal("k1", res.Echo!.Headers!["x-api-key"]);
        Assert.Equal("api_key=k1", res.Echo.Query);
        Assert.Equal("key=k1", res.Echo.Headers["cookie"]);
    }

    [Fact]
    public async Task FirstSatisfiedRequirementWins()
    {
        var res = await TestEnv.Fixture(bearer: null, basic: new BasicAuth("user", "pass")).Auth.EitherAsync();
        Assert.StartsWith("Basic ", res.Echo!.Headers!["authorization"]);
        Assert.False(res.Echo.Headers.ContainsKey("x-api-key"));
    }

    [Fact]
    public async Task OAuth2ClientCredentialsTokenIsFetchedOnceAndReused()
    {
        var sdk = TestEnv.Fixture(oauth: new ClientCredentials("id", "secret"));
        var first = await sdk.Auth.OauthAsync();
        var second = await sdk.Auth.OauthAsync();
        Assert.Matches("^Bearer token-\\d+$", first.Echo!.Headers!["authorization"]);
        Assert.Equal(first.Echo.Headers["authorization"], second.Echo!.Headers!["authorization"]);
        await Assert.ThrowsAsync<SDKError>(() => TestEnv.Fixture(oauth: new ClientCredentials("id", "wrong")).Auth.OauthAsync());
    }

    [Fact]
    public async Task ServerVariablesAndOperationServers()
    {
        var own = await TestEnv.Fixture().Servers.OwnServerAsync();
        Assert.Equal("/own/servers/own", own.Echo!.Path);
        Assert.Equal(new[] { "http://{host}:{port}/fixture", "https://example.invalid/fixture" }, SDK.ServerList);
    }

    [Fact]
    public async Task ServerUrlOverridePerCall()
    {
        var sdk = new SDK(bearer: "t", serverUrl: "http://127.0.0.1:9/nothing");
        var res = await sdk.Retries.FlakyAsync(options: new RequestOptions { ServerUrl = TestEnv.Server + "/fixture" });
        Assert.Equal("/retries", res.Echo!.Path);
        Assert.Throws<ArgumentOutOfRangeException>(() => new SDK(serverIndex: 5));
    }
}
