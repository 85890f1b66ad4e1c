// Open enum models are classes holding their wire value, so a value the API adds later is kept
// (IsKnownValue false) instead of failing the read; closed string enums are C# enums whose
// members carry their wire value ([WireValue]). These converters read and write the wire value.
namespace Sdkwright.Runtime.Utils
{
    using global::System;
    using global::System.Collections.Generic;
    using global::System.Globalization;
    using global::System.Reflection;
    using global::System.Text.Json;
    using global::System.Text.Json.Serialization;

    /// <summary>An enum model: a wire value of type string, long, double or bool.</summary>
    public interface IWireEnum
    {
        object WireValue { get; }
        bool IsKnownValue { get; }
        /// <summary>Whether the spec allows values it does not list (x-speakeasy-unknown-values).</summary>
        bool AcceptsUnknown { get; }
    }

    public interface IWireEnum<TSelf> : IWireEnum where TSelf : class, IWireEnum<TSelf>
    {
        /// <summary>The instance for a raw JSON scalar (string, long, double or bool).</summary>
        static abstract TSelf FromWire(object raw);
    }

    public sealed class WireEnumConverter<T> : JsonConverter<T> where T : class, IWireEnum<T>
    {
        public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            object raw = reader.TokenType switch
            {
                JsonTokenType.String => reader.GetString()!,
                JsonTokenType.Number => reader.TryGetInt64(out var whole) ? whole : reader.GetDouble(),
                JsonTokenType.True => true,
                JsonTokenType.False => false,
                _ => throw new JsonException($"{typeof(T).Name}: expected an enum value, found {reader.TokenType}."),
            };
            return T.FromWire(raw);
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => WireEnums.WriteValue(writer, value.WireValue);
    }

    /// <summary>The wire value of a member of a generated C# enum.</summary>
    [AttributeUsage(AttributeTargets.Field)]
    public sealed class WireValueAttribute : Attribute
    {
        public WireValueAttribute(string value) => Value = value;

        public string Value { get; }
    }

    /// <summary>Reads and writes a closed string enum by its members' wire values; any other value fails the read.</summary>
    public sealed class StringEnumConverter<T> : JsonConverter<T> where T : struct, Enum
    {
        private static readonly Dictionary<string, T> byWire = new();
        private static readonly Dictionary<T, string> toWire = new();

        static StringEnumConverter()
        {
            foreach (var field in typeof(T).GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                var member = (T)field.GetValue(null)!;
                var wire = field.GetCustomAttribute<WireValueAttribute>()?.Value ?? field.Name;
                byWire.TryAdd(wire, member);
                toWire.TryAdd(member, wire);
            }
        }

        public static string WireOf(T value) =>
            toWire.TryGetValue(value, out var wire) ? wire : throw new JsonException($"{typeof(T).Name}: {value} is not one of its members.");

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            string wire = reader.TokenType switch
            {
                JsonTokenType.String => reader.GetString()!,
                // Lenient on purpose, as for the enum classes: 1 for "1" still yields the member.
                JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False => WireEnums.AsString(reader.TokenType switch
                {
                    JsonTokenType.Number => reader.TryGetInt64(out var whole) ? whole : reader.GetDouble(),
                    JsonTokenType.True => true,
                    _ => false,
                }),
                _ => throw new JsonException($"{typeof(T).Name}: expected an enum value, found {reader.TokenType}."),
            };
            return byWire.TryGetValue(wire, out var member) ? member : throw new JsonException($"{typeof(T).Name}: \"{wire}\" is not one of its values.");
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(WireOf(value));
    }

    /// <summary>Helpers the generated enum classes share.</summary>
    public static class WireEnums
    {
        public static bool Contains<T>(T[] known, T value) where T : class
        {
            foreach (var candidate in known) if (candidate.Equals(value)) return true;
            return false;
        }

        public static void WriteValue(Utf8JsonWriter writer, object value)
        {
            switch (value)
            {
                case string s: writer.WriteStringValue(s); break;
                case long l: writer.WriteNumberValue(l); break;
                case double d: writer.WriteNumberValue(d); break;
                case bool b: writer.WriteBooleanValue(b); break;
                default: throw new JsonException($"Unsupported enum wire value {value.GetType().Name}.");
            }
        }

        // Lenient on purpose: a server that sends 1 for "1" still yields the right member.
        public static string AsString(object raw) => raw switch
        {
            string s => s,
            bool b => b ? "true" : "false",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => raw.ToString() ?? "",
        };

        public static long AsLong(object raw) => raw switch
        {
            long l => l,
            double d when d == Math.Floor(d) && d >= long.MinValue && d <= long.MaxValue => (long)d,
            string s when long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => throw new JsonException($"Expected an integer enum value, found {AsString(raw)}."),
        };

        public static double AsDouble(object raw) => raw switch
        {
            double d => d,
            long l => l,
            string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => throw new JsonException($"Expected a number enum value, found {AsString(raw)}."),
        };

        public static bool AsBool(object raw) => raw switch
        {
            bool b => b,
            string s when bool.TryParse(s, out var parsed) => parsed,
            _ => throw new JsonException($"Expected a boolean enum value, found {AsString(raw)}."),
        };

        /// <summary>The wire value of a member of a generated C# enum (its name when it has none).</summary>
        public static string EnumText(Enum value) =>
            value.GetType().GetField(value.ToString())?.GetCustomAttribute<WireValueAttribute>()?.Value ?? value.ToString();

        public static string Text(string value) => value;
        public static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
        public static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);
        public static string Text(bool value) => value ? "true" : "false";
    }
}
