// Server URLs with {variables}: the spec's list, chosen by index, variables defaulted by the spec
// and overridden by the SDK's options. Operations may bring servers of their own.
namespace Sdkwright.Runtime.Utils
{
    using global::System;
    using global::System.Collections.Generic;
    using global::System.Text.RegularExpressions;

    public sealed class ServerTemplate
    {
        public ServerTemplate(string url, IReadOnlyDictionary<string, string>? defaults = null)
        {
            Url = url;
            Defaults = defaults ?? new Dictionary<string, string>();
        }

        public string Url { get; }
        public IReadOnlyDictionary<string, string> Defaults { get; }

        public string Resolve(IReadOnlyDictionary<string, string>? variables) =>
            Regex.Replace(Url, @"\{([^{}]+)\}", m =>
            {
                var name = m.Groups[1].Value;
                if (variables is not null && variables.TryGetValue(name, out var value)) return value;
                return Defaults.TryGetValue(name, out var fallback) ? fallback : m.Value;
            });
    }

    /// <summary>What the SDK knows about one operation besides its parameters.</summary>
    public sealed class OperationInfo
    {
        public OperationInfo(string id, IReadOnlyList<ServerTemplate>? servers = null, IReadOnlyList<SecurityRequirement>? security = null, RetryConfig? retries = null)
        {
            Id = id;
            Servers = servers;
            Security = security;
            Retries = retries;
        }

        public string Id { get; }
        /// <summary>Servers of the operation itself; null uses the SDK's.</summary>
        public IReadOnlyList<ServerTemplate>? Servers { get; }
        /// <summary>The operation's requirements; null uses the API's, empty means none.</summary>
        public IReadOnlyList<SecurityRequirement>? Security { get; }
        public RetryConfig? Retries { get; }
    }
}
