// Authentication: the schemes the spec declares, the credentials the SDK was given, and which
// requirement of an operation they satisfy. Requirements are alternatives; all schemes of one
// apply together. An operation whose requirements nothing satisfies is sent without credentials.
namespace Sdkwright.Runtime.Utils
{
    using global::System;
    using global::System.Collections.Generic;
    using global::System.Linq;
    using global::System.Text;
    using global::System.Threading;
    using global::System.Threading.Tasks;

    public enum SchemeKind { Bearer, Basic, Custom, ApiKeyHeader, ApiKeyQuery, ApiKeyCookie, OAuth2ClientCredentials, OAuth2Token }

    public sealed record SecurityScheme(string Key, SchemeKind Kind, string? ParameterName = null, string? TokenUrl = null);

    /// <summary>One scheme of a requirement, with the OAuth2 scopes the operation asks for.</summary>
    public sealed record SchemeUse(string Key, params string[] Scopes);

    public sealed class SecurityRequirement
    {
        public SecurityRequirement(params SchemeUse[] schemes) => Schemes = schemes;

        public IReadOnlyList<SchemeUse> Schemes { get; }
    }

    /// <summary>Username and password for HTTP basic authentication.</summary>
    public sealed record BasicAuth(string Username, string Password);

    /// <summary>OAuth2 client credentials; the token is fetched, cached and refreshed by the SDK.</summary>
    public sealed record ClientCredentials(string ClientId, string ClientSecret)
    {
        /// <summary>Overrides the spec's token URL (absolute, or relative to the server URL).</summary>
        public string? TokenUrl { get; init; }
    }

    public static class Security
    {
        public static async Task ApplyAsync(RequestSpec request, IReadOnlyList<SecurityRequirement> requirements, SdkCore core, string baseUrl, CancellationToken cancellationToken)
        {
            var chosen = requirements.FirstOrDefault(r => r.Schemes.All(s => core.Credential(s.Key) is not null && core.Scheme(s.Key) is not null));
            if (chosen is null) return;
            foreach (var use in chosen.Schemes)
            {
                var scheme = core.Scheme(use.Key)!;
                var credential = core.Credential(use.Key)!;
                switch (scheme.Kind)
                {
                    case SchemeKind.Bearer:
                    case SchemeKind.OAuth2Token:
                        var token = Text(credential);
                        request.SetHeader("Authorization", token.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? token : "Bearer " + token);
                        break;
                    case SchemeKind.Basic:
                        var basic = credential as BasicAuth ?? throw new ArgumentException($"Security scheme {use.Key} needs a BasicAuth credential.");
                        request.SetHeader("Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{basic.Username}:{basic.Password}")));
                        break;
                    case SchemeKind.Custom:
                        request.SetHeader("Authorization", Text(credential));
                        break;
                    case SchemeKind.ApiKeyHeader:
                        request.SetHeader(scheme.ParameterName!, Text(credential));
                        break;
                    case SchemeKind.ApiKeyQuery:
                        request.AddQuery(scheme.ParameterName!, Text(credential));
                        break;
                    case SchemeKind.ApiKeyCookie:
                        request.AddCookie(scheme.ParameterName!, Text(credential));
                        break;
                    case SchemeKind.OAuth2ClientCredentials:
                        var client = credential as ClientCredentials ?? throw new ArgumentException($"Security scheme {use.Key} needs a ClientCredentials credential.");
                        var accessToken = await core.Tokens.GetAsync(scheme, client, use.Scopes, baseUrl, cancellationToken).ConfigureAwait(false);
                        request.SetHeader("Authorization", "Bearer " + accessToken);
                        break;
                }
            }
        }

        private static string Text(object credential) => credential as string ?? throw new ArgumentException($"Expected a string credential, got {credential.GetType().Name}.");
    }
}
