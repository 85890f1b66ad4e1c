// Retry-After: delay-seconds or an HTTP date. A server that says when to come back is believed,
// within the policy's time budget (checked by the caller).
namespace Sdkwright.Runtime.Utils
{
    using global::System;
    using global::System.Globalization;
    using global::System.Linq;
    using global::System.Net.Http;

    public static class RetryAfter
    {
        public static TimeSpan? From(HttpResponseMessage? response, RetryConfig retries)
        {
            if (response is null || !retries.HonorRetryAfter) return null;
            if (!response.Headers.TryGetValues("Retry-After", out var values)) return null;
            var text = values.FirstOrDefault()?.Trim();
            if (string.IsNullOrEmpty(text)) return null;
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
                return seconds >= 0 ? TimeSpan.FromSeconds(seconds) : TimeSpan.Zero;
            if (DateTimeOffset.TryParseExact(text, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when))
            {
                var wait = when - DateTimeOffset.UtcNow;
                return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
            }
            return null;
        }
    }
}
