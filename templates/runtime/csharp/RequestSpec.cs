// Everything about a request except where it goes: built once per call by the generated method,
// then turned into a fresh HttpRequestMessage for each attempt (a message cannot be sent twice).
namespace Sdkwright.Runtime.Utils
{
    using global::System;
    using global::System.Collections.Generic;
    using global::System.Linq;
    using global::System.Net.Http;
    using global::System.Text;
    using global::System.Text.RegularExpressions;

    public sealed class RequestSpec
    {
        private readonly string pathTemplate;
        private readonly Dictionary<string, string> pathValues = new();
        private readonly List<KeyValuePair<string, string>> query = new();
        // An OpenAPI 3.2 `querystring` parameter's text, already percent-encoded; it goes first.
        private string? queryString;
        private readonly List<KeyValuePair<string, string>> headers = new();
        private readonly List<KeyValuePair<string, string>> cookies = new();

        public RequestSpec(HttpMethod method, string pathTemplate)
        {
            Method = method;
            this.pathTemplate = pathTemplate;
        }

        public HttpMethod Method { get; }
        public BodyContent? Body { get; set; }
        /// <summary>A full URL that replaces server + path + query (next pages of URL pagination).</summary>
        public string? AbsoluteUrl { get; set; }

        public void PathParam(string name, object? value, ParamStyle style, bool explode) =>
            pathValues[name] = ParamEncoder.Path(name, value, style, explode);

        public void QueryParam(string name, object? value, ParamStyle style, bool explode) =>
            query.AddRange(ParamEncoder.Query(name, value, style, explode));

        /// <summary>A query parameter declared with a content type (its value sent as JSON text).</summary>
        public void QueryJson(string name, object? value)
        {
            if (value is not null) query.Add(new(name, WireText.Json(value)));
        }

        /// <summary>
        /// A `querystring` parameter (OpenAPI 3.2), the whole query string: an object as form
        /// fields (exploded form style), a string as written (characters a query cannot hold
        /// percent-encoded), and with <paramref name="json"/> the value as JSON text.
        /// </summary>
        public void QueryString(object? value, bool json)
        {
            if (value is null) return;
            if (json) queryString = Uri.EscapeDataString(WireText.Json(value));
            else if (WireText.Unwrap(value) is string text) queryString = text.Length == 0 ? null : EscapeQueryText(text);
            else query.InsertRange(0, FormFields(value));
        }

        /// <summary>Each property as an exploded form-style query parameter; a nested object as JSON text.</summary>
        private static List<KeyValuePair<string, string>> FormFields(object value)
        {
            var pairs = new List<KeyValuePair<string, string>>();
            foreach (var entry in WireText.Entries(value))
            {
                if (WireText.ShapeOf(entry.Value) == WireText.Shape.Map) pairs.Add(new(entry.Key, WireText.Json(entry.Value)));
                else pairs.AddRange(ParamEncoder.Query(entry.Key, entry.Value, ParamStyle.Form, true));
            }
            return pairs;
        }

        /// <summary>Percent-encodes what a query may not hold as it is (RFC 3986 `query`), keeping the rest.</summary>
        private static string EscapeQueryText(string text)
        {
            var result = new StringBuilder();
            foreach (var b in Encoding.UTF8.GetBytes(text))
            {
                var c = (char)b;
                if (b < 128 && (char.IsAsciiLetterOrDigit(c) || "-._~!$&'()*+,;=:@/?".IndexOf(c) >= 0)) result.Append(c);
                else result.Append('%').Append(b.ToString("X2"));
            }
            return result.ToString();
        }

        public void HeaderParam(string name, object? value, bool explode)
        {
            var text = ParamEncoder.Header(value, explode);
            if (text is not null) SetHeader(name, text);
        }

        public void CookieParam(string name, object? value, bool explode)
        {
            var text = ParamEncoder.Cookie(value, explode);
            if (text is not null) AddCookie(name, text);
        }

        public void SetHeader(string name, string value)
        {
            headers.RemoveAll(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase));
            headers.Add(new(name, value));
        }

        public void AddQuery(string name, string value) => query.Add(new(name, value));

        public void AddCookie(string name, string value) => cookies.Add(new(name, value));

        /// <summary>The path with its parameters filled in (percent-encoded).</summary>
        public string Path => Regex.Replace(pathTemplate, @"\{([^{}]+)\}", m => pathValues.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value);

        public string Url(string baseUrl)
        {
            if (AbsoluteUrl is not null) return AbsoluteUrl;
            var url = new StringBuilder(baseUrl.TrimEnd('/')).Append(Path);
            var parts = query.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}");
            if (queryString is not null) parts = parts.Prepend(queryString);
            var text = string.Join("&", parts);
            if (text.Length > 0) url.Append(pathTemplate.Contains('?') ? '&' : '?').Append(text);
            return url.ToString();
        }

        public HttpRequestMessage Build(string baseUrl, IReadOnlyDictionary<string, string>? extraHeaders)
        {
            var message = new HttpRequestMessage(Method, Url(baseUrl));
            if (Body is not null) message.Content = Body.Create();
            foreach (var header in headers) Add(message, header.Key, header.Value);
            if (cookies.Count > 0) Add(message, "Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
            if (extraHeaders is not null) foreach (var header in extraHeaders) Add(message, header.Key, header.Value);
            return message;
        }

        private static void Add(HttpRequestMessage message, string name, string value)
        {
            message.Headers.Remove(name);
            if (!message.Headers.TryAddWithoutValidation(name, value) && message.Content is not null)
            {
                message.Content.Headers.Remove(name);
                message.Content.Headers.TryAddWithoutValidation(name, value);
            }
        }
    }
}
