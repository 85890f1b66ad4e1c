// Reading responses: status and content-type matching as the spec declares them, bodies parsed
// into their models, and the errors to throw when a response is an error or does not fit.
namespace Sdkwright.Runtime.Utils
{
    using global::System;
    using global::System.Net.Http;
    using global::System.Text.Json;
    using global::System.Threading;
    using global::System.Threading.Tasks;
    using ApiException = global::Sdkwright.Runtime.Models.Errors.ApiException;
    using HTTPMetadata = global::Sdkwright.Runtime.Models.Components.HTTPMetadata;
    using ResponseValidationException = global::Sdkwright.Runtime.Models.Errors.ResponseValidationException;
    using SDKError = global::Sdkwright.Runtime.Models.Errors.SDKError;

    public static class Responses
    {
        /// <summary>`200`, `2XX` or `default` (which matches anything).</summary>
        public static bool StatusMatches(int status, string pattern)
        {
            if (pattern == "default") return true;
            if (pattern.Length == 3 && (pattern.EndsWith("XX", StringComparison.OrdinalIgnoreCase)) && char.IsDigit(pattern[0])) return status / 100 == pattern[0] - '0';
            return int.TryParse(pattern, out var exact) && exact == status;
        }

        /// <summary>Media type match ignoring parameters and case; `*/*` and `type/*` are wildcards.</summary>
        public static bool ContentTypeMatches(string actual, string pattern)
        {
            string Bare(string s) => s.Split(';')[0].Trim().ToLowerInvariant();
            var (a, p) = (Bare(actual), Bare(pattern));
            if (p == "*/*" || p == a) return true;
            return p.EndsWith("/*", StringComparison.Ordinal) && a.StartsWith(p[..^1], StringComparison.Ordinal);
        }

        public static string ContentType(HttpResponseMessage response) => response.Content.Headers.ContentType?.ToString() ?? "";

        public static HTTPMetadata Metadata(HttpResponseMessage response) => new() { Response = response, Request = response.RequestMessage! };

        public static async Task<T?> JsonAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return JsonWire.Deserialize<T>(body);
            }
            catch (Exception error) when (error is JsonException or NotSupportedException or InvalidOperationException or FormatException)
            {
                var text = global::System.Text.Encoding.UTF8.GetString(body);
                throw new ResponseValidationException($"The response body does not match {typeof(T).Name}: {error.Message}", (int)response.StatusCode, text, response, error);
            }
        }

        public static Task<string> TextAsync(HttpResponseMessage response, CancellationToken cancellationToken) =>
            response.Content.ReadAsStringAsync(cancellationToken);

        /// <summary>The body as a stream (of items, for an OpenAPI 3.2 sequential media type), unparsed; the response is already buffered.</summary>
        public static Task<global::System.IO.Stream> StreamAsync(HttpResponseMessage response, CancellationToken cancellationToken) =>
            response.Content.ReadAsStreamAsync(cancellationToken);

        public static Task<byte[]> BytesAsync(HttpResponseMessage response, CancellationToken cancellationToken) =>
            response.Content.ReadAsByteArrayAsync(cancellationToken);

        /// <summary>The declared error model, filled from the body, ready to throw.</summary>
        public static async Task<Exception> ApiErrorAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken) where T : ApiException
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            T? error;
            try
            {
                error = JsonWire.Deserialize<T>(body);
            }
            catch (Exception parse) when (parse is JsonException or NotSupportedException or InvalidOperationException or FormatException)
            {
                return new SDKError($"The error body does not match {typeof(T).Name}", (int)response.StatusCode, body, response, parse);
            }
            if (error is null) return new SDKError("API error occurred", (int)response.StatusCode, body, response);
            error.StatusCode = (int)response.StatusCode;
            error.Body = body;
            error.RawResponse = response;
            return error;
        }

        public static async Task<Exception> SdkErrorAsync(string message, HttpResponseMessage response, CancellationToken cancellationToken)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            return new SDKError(message, (int)response.StatusCode, body, response);
        }
    }
}
