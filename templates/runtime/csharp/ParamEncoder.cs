// OpenAPI parameter serialization (style + explode) for path, query, header and cookie values.
// Path text is percent-encoded here; query pairs are encoded when the URL is assembled.
namespace Sdkwright.Runtime.Utils
{
    using global::System;
    using global::System.Collections.Generic;
    using global::System.Linq;

    public enum ParamStyle { Form, Simple, Label, Matrix, SpaceDelimited, PipeDelimited, DeepObject }

    public static class ParamEncoder
    {
        /// <summary>Text for a `{name}` in the path, already percent-encoded.</summary>
        public static string Path(string name, object? value, ParamStyle style, bool explode)
        {
            string E(string s) => Uri.EscapeDataString(s);
            var shape = WireText.ShapeOf(value);
            var items = shape == WireText.Shape.List ? WireText.Items(value).Where(i => i is not null).Select(i => E(WireText.Scalar(i))).ToList() : new List<string>();
            var entries = shape == WireText.Shape.Map ? WireText.Entries(value).Select(p => (E(p.Key), E(WireText.Scalar(p.Value)))).ToList() : new List<(string, string)>();
            string scalar = shape == WireText.Shape.Scalar ? E(WireText.Scalar(value)) : "";
            switch (style)
            {
                case ParamStyle.Label:
                    if (shape == WireText.Shape.List) return "." + string.Join(explode ? "." : ",", items);
                    if (shape == WireText.Shape.Map) return "." + string.Join(explode ? "." : ",", entries.Select(e => explode ? $"{e.Item1}={e.Item2}" : $"{e.Item1},{e.Item2}"));
                    return shape == WireText.Shape.Null ? "." : "." + scalar;
                case ParamStyle.Matrix:
                    if (shape == WireText.Shape.List) return explode ? string.Concat(items.Select(i => $";{name}={i}")) : $";{name}={string.Join(",", items)}";
                    if (shape == WireText.Shape.Map) return explode ? string.Concat(entries.Select(e => $";{e.Item1}={e.Item2}")) : $";{name}={string.Join(",", entries.Select(e => $"{e.Item1},{e.Item2}"))}";
                    return shape == WireText.Shape.Null ? $";{name}" : $";{name}={scalar}";
                default:
                    if (shape == WireText.Shape.List) return string.Join(",", items);
                    if (shape == WireText.Shape.Map) return string.Join(",", entries.Select(e => explode ? $"{e.Item1}={e.Item2}" : $"{e.Item1},{e.Item2}"));
                    return scalar;
            }
        }

        /// <summary>Query pairs (unencoded) for one parameter; nothing for null.</summary>
        public static IEnumerable<KeyValuePair<string, string>> Query(string name, object? value, ParamStyle style, bool explode)
        {
            var shape = WireText.ShapeOf(value);
            if (shape == WireText.Shape.Null) yield break;
            if (shape == WireText.Shape.Scalar)
            {
                yield return Pair(name, WireText.Scalar(value));
                yield break;
            }
            if (style == ParamStyle.DeepObject)
            {
                foreach (var entry in WireText.Entries(value))
                {
                    if (WireText.ShapeOf(entry.Value) == WireText.Shape.List)
                        foreach (var item in WireText.Items(entry.Value)) yield return Pair($"{name}[{entry.Key}]", WireText.Scalar(item));
                    else yield return Pair($"{name}[{entry.Key}]", WireText.Scalar(entry.Value));
                }
                yield break;
            }
            if (shape == WireText.Shape.List)
            {
                var items = WireText.Items(value).Where(i => i is not null).Select(WireText.Scalar).ToList();
                if (explode) foreach (var item in items) yield return Pair(name, item);
                else yield return Pair(name, string.Join(style == ParamStyle.SpaceDelimited ? " " : style == ParamStyle.PipeDelimited ? "|" : ",", items));
                yield break;
            }
            var entries = WireText.Entries(value).Select(e => (e.Key, Text: WireText.ShapeOf(e.Value) == WireText.Shape.Scalar ? WireText.Scalar(e.Value) : WireText.Json(e.Value))).ToList();
            if (explode) foreach (var (key, text) in entries) yield return Pair(key, text);
            else yield return Pair(name, string.Join(",", entries.Select(e => $"{e.Key},{e.Text}")));
        }

        /// <summary>Header value (simple style); null when the header is not sent.</summary>
        public static string? Header(object? value, bool explode) =>
            WireText.ShapeOf(value) == WireText.Shape.Null ? null : SimpleText(value, explode);

        /// <summary>Cookie value (form style, one cookie per parameter); null when not sent.</summary>
        public static string? Cookie(object? value, bool explode) =>
            WireText.ShapeOf(value) == WireText.Shape.Null ? null : SimpleText(value, explode);

        private static string SimpleText(object? value, bool explode) => WireText.ShapeOf(value) switch
        {
            WireText.Shape.List => string.Join(",", WireText.Items(value).Where(i => i is not null).Select(WireText.Scalar)),
            WireText.Shape.Map => string.Join(",", WireText.Entries(value).Select(e => explode ? $"{e.Key}={WireText.Scalar(e.Value)}" : $"{e.Key},{WireText.Scalar(e.Value)}")),
            _ => WireText.Scalar(value),
        };

        private static KeyValuePair<string, string> Pair(string key, string value) => new(key, value);
    }
}
