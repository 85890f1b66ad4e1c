// Values as text for URLs, headers and form fields: scalars the way JSON writes them (without
// quotes), enums by wire value, unions by the member held, and objects as (wire name, value)
// pairs read from the serializer's own metadata, so names match the JSON exactly.
namespace Sdkwright.Runtime.Utils
{
    using global::System;
    using global::System.Collections;
    using global::System.Collections.Generic;
    using global::System.Globalization;
    using global::System.Numerics;
    using global::System.Text.Json;
    using global::System.Text.Json.Serialization.Metadata;

    public static class WireText
    {
        /// <summary>Null, a scalar, a list, or a map/object: how a value is laid out in parameters.</summary>
        public enum Shape { Null, Scalar, List, Map }

        public static object? Unwrap(object? value) => value is IUnion union ? Unwrap(union.MemberValue) : value;

        public static Shape ShapeOf(object? value)
        {
            value = Unwrap(value);
            if (value is null) return Shape.Null;
            if (IsScalar(value)) return Shape.Scalar;
            if (value is IDictionary) return Shape.Map;
            if (value is IEnumerable) return Shape.List;
            return Shape.Map;
        }

        private static bool IsScalar(object value) =>
            value is string or bool or IWireEnum or Enum or JsonElement { ValueKind: not (JsonValueKind.Object or JsonValueKind.Array) }
            || value.GetType().IsPrimitive || value is decimal or DateTime or DateTimeOffset or DateOnly or BigInteger or byte[];

        /// <summary>A scalar as text: invariant numbers, lower-case booleans, ISO 8601 dates.</summary>
        public static string Scalar(object? value)
        {
            value = Unwrap(value);
            switch (value)
            {
                case null: return "";
                case string s: return s;
                case bool b: return b ? "true" : "false";
                case IWireEnum e: return Scalar(e.WireValue);
                case Enum e: return WireEnums.EnumText(e);
                case double d: return d.ToString("R", CultureInfo.InvariantCulture);
                case float f: return f.ToString("R", CultureInfo.InvariantCulture);
                case byte[] bytes: return Convert.ToBase64String(bytes);
                case JsonElement { ValueKind: JsonValueKind.String } element: return element.GetString()!;
                case JsonElement element: return element.GetRawText();
                case DateTime or DateTimeOffset or DateOnly or BigInteger:
                    return JsonSerializer.Serialize(value, value.GetType(), JsonWire.Options).Trim('"');
                case IFormattable formattable: return formattable.ToString(null, CultureInfo.InvariantCulture);
                default: return value.ToString() ?? "";
            }
        }

        public static IEnumerable<object?> Items(object? value)
        {
            if (Unwrap(value) is IEnumerable items and not string)
                foreach (var item in items) yield return item;
        }

        /// <summary>Entries of a map or object; null values skipped (absent on the wire).</summary>
        public static IEnumerable<KeyValuePair<string, object?>> Entries(object? value)
        {
            value = Unwrap(value);
            if (value is null) yield break;
            if (value is IDictionary dictionary)
            {
                foreach (DictionaryEntry entry in dictionary)
                    if (entry.Value is not null) yield return new KeyValuePair<string, object?>(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? "", entry.Value);
                yield break;
            }
            if (value is JsonElement { ValueKind: JsonValueKind.Object } json)
            {
                foreach (var property in json.EnumerateObject())
                    if (property.Value.ValueKind != JsonValueKind.Null) yield return new KeyValuePair<string, object?>(property.Name, property.Value);
                yield break;
            }
            JsonTypeInfo info = JsonWire.Options.GetTypeInfo(value.GetType());
            foreach (var property in info.Properties)
            {
                if (property.Get is null) continue;
                var item = property.Get(value);
                if (item is null) continue;
                if (property.IsExtensionData && item is IDictionary<string, object> extra)
                {
                    foreach (var pair in extra) if (pair.Value is not null) yield return new KeyValuePair<string, object?>(pair.Key, pair.Value);
                }
                else yield return new KeyValuePair<string, object?>(property.Name, item);
            }
        }

        /// <summary>JSON text of any value (for parameters with a JSON content type, nested form fields).</summary>
        public static string Json(object? value) => value is null ? "null" : JsonSerializer.Serialize(value, value.GetType(), JsonWire.Options);
    }
}
