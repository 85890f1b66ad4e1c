// Retry policy: exponential backoff with jitter, bounded by an attempt cap and a time budget,
// for the status codes and connection errors the policy names. The spec's x-speakeasy-retries
// is an operation's default; a policy given to the SDK replaces it, and one given to a call
// replaces both.
namespace Sdkwright.Runtime.Utils
{
    using global::System;
    using global::System.Collections.Generic;

    public enum RetryStrategy { None = 0, Backoff = 1 }

    public sealed class BackoffStrategy
    {
        public BackoffStrategy()
        {
        }

        /// <summary>The reference generator's positional form; each argument defaults as the property does.</summary>
        public BackoffStrategy(long initialIntervalMs = 500, long maxIntervalMs = 60_000, long maxElapsedTimeMs = 3_600_000, double exponent = 1.5)
        {
            InitialIntervalMs = initialIntervalMs;
            MaxIntervalMs = maxIntervalMs;
            MaxElapsedTimeMs = maxElapsedTimeMs;
            Exponent = exponent;
        }

        public long InitialIntervalMs { get; init; } = 500;
        public long MaxIntervalMs { get; init; } = 60_000;
        /// <summary>Time budget from the first attempt; no retry starts after it.</summary>
        public long MaxElapsedTimeMs { get; init; } = 3_600_000;
        public double Exponent { get; init; } = 1.5;
    }

    public sealed class RetryConfig
    {
        /// <summary>The strategy as the reference generator spells it (<c>RetryConfig.RetryStrategy.BACKOFF</c>); the same values as the top-level enum.</summary>
        public enum RetryStrategy
        {
            NONE = (int)global::Sdkwright.Runtime.Utils.RetryStrategy.None,
            BACKOFF = (int)global::Sdkwright.Runtime.Utils.RetryStrategy.Backoff,
        }

        public static RetryConfig None { get; } = new() { Strategy = global::Sdkwright.Runtime.Utils.RetryStrategy.None };

        public RetryConfig()
        {
        }

        /// <summary>
        /// The reference generator's constructor. Status codes stay the default ("5XX"): give
        /// <see cref="StatusCodes"/> in an initializer to change them.
        /// </summary>
        public RetryConfig(RetryStrategy strategy, BackoffStrategy? backoff = null, bool retryConnectionErrors = false)
        {
            Strategy = (global::Sdkwright.Runtime.Utils.RetryStrategy)(int)strategy;
            Backoff = backoff ?? new BackoffStrategy();
            RetryConnectionErrors = retryConnectionErrors;
        }

        public global::Sdkwright.Runtime.Utils.RetryStrategy Strategy { get; init; } = global::Sdkwright.Runtime.Utils.RetryStrategy.Backoff;
        public BackoffStrategy Backoff { get; init; } = new();
        /// <summary>Status codes that are retried: "503", "5XX", "429".</summary>
        public IReadOnlyList<string> StatusCodes { get; init; } = new[] { "5XX" };
        public bool RetryConnectionErrors { get; init; } = true;
        /// <summary>Most attempts in all, the first included; 0 for no cap besides the time budget.</summary>
        public int MaxAttempts { get; init; }
        /// <summary>Whether a Retry-After header (seconds or HTTP date) sets the wait.</summary>
        public bool HonorRetryAfter { get; init; } = true;

        public bool RetriesStatus(int status)
        {
            foreach (var code in StatusCodes)
                if (Responses.StatusMatches(status, code)) return true;
            return false;
        }

        /// <summary>Wait before retry number <paramref name="retry"/> (1-based), jittered up to a quarter, capped.</summary>
        public TimeSpan Delay(int retry, Random random)
        {
            double ms = Backoff.InitialIntervalMs * Math.Pow(Backoff.Exponent, retry - 1);
            ms = Math.Min(ms, Backoff.MaxIntervalMs);
            ms += random.NextDouble() * ms * 0.25;
            return TimeSpan.FromMilliseconds(Math.Min(ms, Backoff.MaxIntervalMs));
        }
    }

    /// <summary>Settings for one call; each one unset falls back to the SDK's.</summary>
    public sealed class RequestOptions
    {
        public RetryConfig? Retries { get; init; }
        /// <summary>Per attempt; elapsing throws RequestTimeoutException (or is retried as a connection error).</summary>
        public TimeSpan? Timeout { get; init; }
        /// <summary>Replaces the server URL for this call.</summary>
        public string? ServerUrl { get; init; }
        /// <summary>Extra headers for this call.</summary>
        public IReadOnlyDictionary<string, string>? Headers { get; init; }

        /// <summary>The options of a call whose <c>retryConfig</c> argument, when given, replaces <see cref="Retries"/>.</summary>
        internal static RequestOptions? WithRetries(RequestOptions? options, RetryConfig? retryConfig) =>
            retryConfig is null ? options : new RequestOptions { Retries = retryConfig, Timeout = options?.Timeout, ServerUrl = options?.ServerUrl, Headers = options?.Headers };
    }
}
