// OAuth2 client credentials: one token per client, token URL and scope set, fetched when first
// needed and again shortly before it expires. Tokens go only to the API, never elsewhere.
namespace Sdkwright.Runtime.Utils
{
    using global::System;
    using global::System.Collections.Generic;
    using global::System.Linq;
    using global::System.Net.Http;
    using global::System.Text.Json;
    using global::System.Threading;
    using global::System.Threading.Tasks;
    using SDKError = global::Sdkwright.Runtime.Models.Errors.SDKError;

    public sealed class OAuth2Tokens
    {
        /// <summary>A token is renewed this long before it expires.</summary>
        public static readonly TimeSpan RefreshMargin = TimeSpan.FromSeconds(60);

        private readonly HttpClient client;
        private readonly SemaphoreSlim gate = new(1, 1);
        private readonly Dictionary<string, (string Token, DateTimeOffset Expires)> cache = new();

        public OAuth2Tokens(HttpClient client) => this.client = client;

        /// <summary>How many tokens were requested from token endpoints (for tests and diagnostics).</summary>
        public int Fetches { get; private set; }

        public async Task<string> GetAsync(SecurityScheme scheme, ClientCredentials credentials, IReadOnlyList<string> scopes, string baseUrl, CancellationToken cancellationToken)
        {
            var tokenUrl = Absolute(credentials.TokenUrl ?? scheme.TokenUrl ?? throw new InvalidOperationException($"No token URL for {scheme.Key}."), baseUrl);
            var key = string.Join("\n", credentials.ClientId, tokenUrl, string.Join(" ", scopes.OrderBy(s => s, StringComparer.Ordinal)));
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (cache.TryGetValue(key, out var cached) && cached.Expires - RefreshMargin > DateTimeOffset.UtcNow) return cached.Token;
                var fresh = await FetchAsync(tokenUrl, credentials, scopes, cancellationToken).ConfigureAwait(false);
                cache[key] = fresh;
                return fresh.Token;
            }
            finally
            {
                gate.Release();
            }
        }

        private async Task<(string Token, DateTimeOffset Expires)> FetchAsync(string tokenUrl, ClientCredentials credentials, IReadOnlyList<string> scopes, CancellationToken cancellationToken)
        {
            var fields = new List<KeyValuePair<string, string>>
            {
                new("grant_type", "client_credentials"),
                new("client_id", credentials.ClientId),
                new("client_secret", credentials.ClientSecret),
            };
            if (scopes.Count > 0) fields.Add(new("scope", string.Join(" ", scopes)));
            using var request = new HttpRequestMessage(HttpMethod.Post, tokenUrl) { Content = new FormUrlEncodedContent(fields) };
            Fetches++;
            using var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode) throw new SDKError("OAuth2 token request failed", (int)response.StatusCode, body, null);
            try
            {
                using var json = JsonDocument.Parse(body);
                var token = json.RootElement.GetProperty("access_token").GetString() ?? throw new JsonException("access_token is null");
                var seconds = json.RootElement.TryGetProperty("expires_in", out var expires) && expires.TryGetInt64(out var s) ? s : 3600;
                return (token, DateTimeOffset.UtcNow.AddSeconds(seconds));
            }
            catch (Exception error) when (error is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new SDKError("OAuth2 token response is not usable", (int)response.StatusCode, body, null, error);
            }
        }

        // Not Uri.TryCreate(Absolute): on Unix it reads "/oauth/token" as a file path.
        private static string Absolute(string url, string baseUrl) =>
            url.Contains("://", StringComparison.Ordinal) ? url : baseUrl.TrimEnd('/') + "/" + url.TrimStart('/');
    }
}
