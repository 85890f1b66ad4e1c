// Retries (spec and per call), Retry-After, attempt cap, time budget, connection errors;
// declared and undeclared errors; bad bodies; timeouts and cancellation.
using System.Diagnostics;
using Fixture.Client.Models.Errors;
using Fixture.Client.Utils;
using Xunit;

namespace SdkTests;

public class RetriesErrorsTests
{
    private static RetryConfig Fast(int maxAttempts = 0, long budgetMs = 5_000, long initialMs = 5) => new()
    {
        Backoff = new BackoffStrategy { InitialIntervalMs = initialMs, MaxIntervalMs = 50, MaxElapsedTimeMs = budgetMs },
        StatusCodes = new[] { "5XX", "429" },
        MaxAttempts = maxAttempts,
    };

    [Fact]
    public async Task SpecRetriesRetryDeclaredStatuses()
    {
        var res = await TestEnv.Fixture().Retries.FlakyAsync(options: TestEnv.Scenario("fail=503,429"));
        Assert.Equal(3, res.Echo!.Attempts);
    }

    [Fact]
    public async Task ConnectionErrorsAreRetriedWhenTheSpecSaysSo()
    {
        var res = await TestEnv.Fixture().Retries.FlakyAsync(options: TestEnv.Scenario("fail=reset,reset"));
        Assert.Equal(3, res.Echo!.Attempts);
    }

    [Fact]
    public async Task RetryAfterIsHonoured()
    {
        var clock = Stopwatch.StartNew();
        var res = await TestEnv.Fixture().Retries.FlakyAsync(options: TestEnv.Scenario("fail=503;retry-after=1"));
        Assert.Equal(2, res.Echo!.Attempts);
        Assert.True(clock.ElapsedMilliseconds >= 900, $"waited only {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task AttemptCapStopsRetrying()
    {
        var options = TestEnv.Scenario("fail=503,503,503", Fast(maxAttempts: 2));
        var error = await Assert.ThrowsAsync<SDKError>(() => TestEnv.Fixture().Retries.FlakyAsync(options: options));
        Assert.Equal(503, error.StatusCode);
        // Same scenario id: the server saw two attempts, so this call is the third (fails) and the fourth succeeds.
        var again = await TestEnv.Fixture().Retries.FlakyAsync(options: new RequestOptions { Headers = options.Headers, Retries = Fast() });
        Assert.Equal(4, again.Echo!.Attempts);
    }

    [Fact]
    public async Task TimeBudgetStopsRetrying()
    {
        var clock = Stopwatch.StartNew();
        var options = TestEnv.Scenario("fail=503,503,503,503,503,503,503,503", Fast(budgetMs: 120, initialMs: 40));
        await Assert.ThrowsAsync<SDKError>(() => TestEnv.Fixture().Retries.FlakyAsync(options: options));
        Assert.True(clock.ElapsedMilliseconds < 2_000);
    }

    [Fact]
    public async Task OperationsWithoutRetriesFailAtOnce()
    {
        var error = await Assert.ThrowsAsync<SDKError>(() => TestEnv.Fixture().HealthAsync(options: TestEnv.Scenario("fail=503")));
        Assert.Equal(503, error.StatusCode);
        var retried = await TestEnv.Fixture(retries: Fast()).HealthAsync(options: TestEnv.Scenario("fail=503"));
        Assert.Equal(2, retried.Echo!.Attempts);
    }

    [Fact]
    public async Task DeclaredErrorsAndUndeclaredOnes()
    {
        var errors = TestEnv.Fixture().Errors;
        var bad = await Assert.ThrowsAsync<BadRequestError>(() => errors.FailAsync(400));
        Assert.Equal(400, bad.StatusCode);
        Assert.Equal("bad input", bad.Message);
        Assert.Equal("E400", bad.Code);
        var missing = await Assert.ThrowsAsync<NotFoundError>(() => errors.FailAsync(404));
        Assert.Equal("thing", missing.Resource);
        var text = await Assert.ThrowsAsync<SDKError>(() => errors.FailAsync(422));
        Assert.Equal("unprocessable", text.Body);
        var server = await Assert.ThrowsAsync<BadRequestError>(() => errors.FailAsync(503));
        Assert.Equal(503, server.StatusCode);
        var teapot = await Assert.ThrowsAsync<SDKError>(() => errors.FailAsync(418));
        Assert.Equal(418, teapot.StatusCode);
        Assert.IsAssignableFrom<ApiException>(teapot);
        var ok = await errors.FailAsync(200);
        Assert.Equal("/errors/200", ok.Echo!.Path);
    }

    [Fact]
    public async Task BadJsonIsAValidationError()
    {
        var error = await Assert.ThrowsAsync<ResponseValidationException>(() => TestEnv.Fixture().Errors.GarbageAsync());
        Assert.Equal(200, error.StatusCode);
    }

    [Fact]
    public async Task TimeoutsPerClientAndPerCall()
    {
        await Assert.ThrowsAsync<RequestTimeoutException>(() => TestEnv.Fixture(timeout: TimeSpan.FromMilliseconds(150)).Errors.SlowAsync(2_000));
        await Assert.ThrowsAsync<RequestTimeoutException>(() => TestEnv.Fixture().Errors.SlowAsync(2_000, new RequestOptions { Timeout = TimeSpan.FromMilliseconds(150) }));
        var fine = await TestEnv.Fixture(timeout: TimeSpan.FromSeconds(5)).Errors.SlowAsync(10);
        Assert.NotNull(fine.Echo);
    }

    [Fact]
    public async Task CancellationIsTheCallersNotATimeout()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(150));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => TestEnv.Fixture().Errors.SlowAsync(2_000, cancellationToken: cancel.Token));
        using var during = new CancellationTokenSource(TimeSpan.FromMilliseconds(150));
        var slowRetries = new RetryConfig { Backoff = new BackoffStrategy { InitialIntervalMs = 5_000, MaxIntervalMs = 5_000 } };
        var clock = Stopwatch.StartNew();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => TestEnv.Fixture().Retries.FlakyAsync(options: TestEnv.Scenario("fail=503", slowRetries), cancellationToken: during.Token));
        Assert.True(clock.ElapsedMilliseconds < 3_000, "the backoff sleep ends with the caller's token");
    }
}
