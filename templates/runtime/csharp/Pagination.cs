// x-speakeasy-pagination support: the response fields that say whether there is a next page,
// read with the small JSONPath subset the extension uses ($.a.b, ['a'], [0], [-1], [(@.length-1)]).
namespace Sdkwright.Runtime.Utils
{
    using global::System;
    using global::System.Globalization;
    using global::System.Net.Http;
    using global::System.Text.Json;
    using global::System.Text.RegularExpressions;
    using global::System.Threading;
    using global::System.Threading.Tasks;

    public static class Pagination
    {
        private static readonly Regex Step = new(@"\G(?:\.(?<name>[^.\[]+)|\['(?<quoted>(?:[^'\\]|\\.)*)'\]|\[(?<index>-?\d+)\]|\[\(@\.length-(?<back>\d+)\)\]|\[\*\])", RegexOptions.Compiled);

        /// <summary>The response body as JSON, or null when it is not JSON.</summary>
        public static async Task<JsonElement?> BodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                using var document = JsonDocument.Parse(bytes);
                return document.RootElement.Clone();
            }
            catch (JsonException)
            {
                return null;
            }
        }

        public static JsonElement? Select(JsonElement? root, string path)
        {
            if (root is not { } current || !path.StartsWith("$", StringComparison.Ordinal)) return null;
            int at = 1;
            while (at < path.Length)
            {
                var m = Step.Match(path, at);
                if (!m.Success || m.Length == 0) return null;
                at += m.Length;
                if (m.Groups["name"].Success || m.Groups["quoted"].Success)
                {
                    var name = m.Groups["name"].Success ? m.Groups["name"].Value : Regex.Unescape(m.Groups["quoted"].Value);
                    if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current)) return null;
                }
                else if (m.Groups["index"].Success || m.Groups["back"].Success)
                {
                    if (current.ValueKind != JsonValueKind.Array) return null;
                    int length = current.GetArrayLength();
                    int index = m.Groups["index"].Success ? int.Parse(m.Groups["index"].Value, CultureInfo.InvariantCulture) : -int.Parse(m.Groups["back"].Value, CultureInfo.InvariantCulture);
                    if (index < 0) index += length;
                    if (index < 0 || index >= length) return null;
                    current = current[index];
                }
            }
            return current;
        }

        /// <summary>Number of results: the array's length, 0 when missing or not an array.</summary>
        public static int Count(JsonElement? results) => results is { ValueKind: JsonValueKind.Array } array ? array.GetArrayLength() : 0;

        /// <summary>A cursor or URL as text; null when missing, null or empty.</summary>
        public static string? Text(JsonElement? value) => value switch
        {
            { ValueKind: JsonValueKind.String } s => string.IsNullOrEmpty(s.GetString()) ? null : s.GetString(),
            { ValueKind: JsonValueKind.Number } n => n.GetRawText(),
            _ => null,
        };

        public static long? Number(JsonElement? value) => value switch
        {
            { ValueKind: JsonValueKind.Number } n when n.TryGetInt64(out var l) => l,
            { ValueKind: JsonValueKind.String } s when long.TryParse(s.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) => l,
            _ => null,
        };

        /// <summary>A next-page URL made absolute against the URL of the page that named it.</summary>
        /// <remarks>Not Uri.TryCreate(Absolute): on Unix it reads "/a/b" as a file path.</remarks>
        public static string Absolute(string url, HttpResponseMessage response) =>
            url.Contains("://", StringComparison.Ordinal) ? url
            : response.RequestMessage?.RequestUri is { } current ? new Uri(current, url).ToString() : url;
    }
}
