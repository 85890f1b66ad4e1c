// The runtime's pure pieces, through the generated Clerk SDK's copy of them.
using System.Net;
using System.Text.Json;
using Clerk.BackendAPI.Models.Components;
using Clerk.BackendAPI.Utils;
using Xunit;

namespace SdkTests;

public class RuntimeTests
{
    [Theory]
    [InlineData(ParamStyle.Simple, false, "5")]
    [InlineData(ParamStyle.Label, false, ".5")]
    [InlineData(ParamStyle.Matrix, false, ";id=5")]
    public void ScalarPathStyles(ParamStyle style, bool explode, string expected) =>
        Assert.Equal(expected, ParamEncoder.Path("id", 5L, style, explode));

    [Fact]
    public void QueryStylesOfObjectsAndLists()
    {
        var map = new Dictionary<string, object> { ["a"] = 1L, ["b"] = "x y" };
        Assert.Equal(new[] { "m=a,1,b,x y" }, ParamEncoder.Query("m", map, ParamStyle.Form, false).Select(p => $"{p.Key}={p.Value}"));
        Assert.Equal(new[] { "m[a]=1", "m[b]=x y" }, ParamEncoder.Query("m", map, ParamStyle.DeepObject, true).Select(p => $"{p.Key}={p.Value}"));
        Assert.Empty(ParamEncoder.Query("n", null, ParamStyle.Form, true));
        Assert.Equal("true", ParamEncoder.Header(true, false));
    }

    [Theory]
    [InlineData(200, "200", true)]
    [InlineData(204, "2XX", true)]
    [InlineData(404, "4xx", true)]
    [InlineData(500, "4XX", false)]
    [InlineData(302, "default", true)]
    public void StatusPatterns(int status, string pattern, bool matches) => Assert.Equal(matches, Responses.StatusMatches(status, pattern));

    [Theory]
    [InlineData("application/json; charset=utf-8", "application/json", true)]
    [InlineData("Application/JSON", "application/json", true)]
    [InlineData("text/plain", "text/*", true)]
    [InlineData("text/plain", "*/*", true)]
    [InlineData("application/xml", "application/json", false)]
    public void ContentTypes(string actual, string pattern, bool matches) => Assert.Equal(matches, Responses.ContentTypeMatches(actual, pattern));

    [Fact]
    public void RetryAfterSecondsAndDates()
    {
        var retries = new RetryConfig();
        var seconds = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        seconds.Headers.TryAddWithoutValidation("Retry-After", "2");
        Assert.Equal(TimeSpan.FromSeconds(2), RetryAfter.From(seconds, retries));
        var date = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        date.Headers.TryAddWithoutValidation("Retry-After", DateTimeOffset.UtcNow.AddSeconds(30).ToString("r"));
        Assert.InRange(RetryAfter.From(date, retries)!.Value.TotalSeconds, 25, 31);
        Assert.Null(RetryAfter.From(date, new RetryConfig { HonorRetryAfter = false }));
    }

    [Fact]
    public void BackoffGrowsAndIsCapped()
    {
        var config = new RetryConfig { Backoff = new BackoffStrategy { InitialIntervalMs = 100, MaxIntervalMs = 300, Exponent = 2 } };
        var random = new Random(1);
        Assert.InRange(config.Delay(1, random).TotalMilliseconds, 100, 125);
        Assert.InRange(config.Delay(2, random).TotalMilliseconds, 200, 250);
        Assert.Equal(300, config.Delay(5, random).TotalMilliseconds);
    }

    [Fact]
    public void JsonPathSubset()
    {
        var json = JsonDocument.Parse("{\"a\":{\"b\":[1,2,3]},\"c d\":\"x\"}").RootElement;
        Assert.Equal(3, Pagination.Select(json, "$.a.b[(@.length-1)]")!.Value.GetInt32());
        Assert.Equal(1, Pagination.Select(json, "$.a.b[0]")!.Value.GetInt32());
        Assert.Equal(2, Pagination.Select(json, "$['a']['b'][-2]")!.Value.GetInt32());
        Assert.Equal("x", Pagination.Text(Pagination.Select(json, "$['c d']")));
        Assert.Null(Pagination.Select(json, "$.missing"));
        Assert.Equal(3, Pagination.Count(Pagination.Select(json, "$.a.b")));
    }

    [Fact]
    public void UnionMembersAreChosenByFit()
    {
        var admin = JsonSerializer.Deserialize<Verification>("{\"status\":\"verified\",\"strategy\":\"admin\",\"attempts\":null,\"expire_at\":null}", JsonWire.Options)!;
        Assert.NotNull(admin.Admin);
        var otp = JsonSerializer.Deserialize<Verification>("{\"status\":\"verified\",\"strategy\":\"phone_code\",\"attempts\":1,\"expire_at\":5}", JsonWire.Options)!;
        Assert.NotNull(otp.Otp);
        Assert.Equal("{\"status\":\"verified\",\"strategy\":\"phone_code\",\"attempts\":1,\"expire_at\":5}", JsonSerializer.Serialize(otp, JsonWire.Options));
        var unknown = JsonSerializer.Deserialize<Verification>("[1]", JsonWire.Options)!;
        Assert.Null(unknown.Otp);
        Assert.Equal(JsonValueKind.Array, ((JsonElement)unknown.Value!).ValueKind);
    }
}
