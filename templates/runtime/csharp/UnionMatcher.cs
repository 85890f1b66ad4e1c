// Which member of a union a JSON value belongs to, when no discriminator says so. Each member
// type is scored against the value: -1 when it cannot hold it (wrong JSON kind, a closed enum's
// unknown value, a required property missing, a property that does not fit), otherwise higher
// the more of the value it explains. The highest score wins; ties go to the earlier member.
namespace Sdkwright.Runtime.Utils
{
    using global::System;
    using global::System.Collections;
    using global::System.Collections.Concurrent;
    using global::System.Collections.Generic;
    using global::System.Numerics;
    using global::System.Reflection;
    using global::System.Text.Json;
    using global::System.Text.Json.Serialization.Metadata;

    public static class UnionMatcher
    {
        private const int MaxDepth = 32;
        private static readonly ConcurrentDictionary<Type, (IReadOnlyList<UnionMember> Members, string? Discriminator)> unions = new();

        public static int Choose(JsonElement element, IReadOnlyList<UnionMember> members, string? discriminator, JsonSerializerOptions options)
        {
            int byTag = ByDiscriminator(element, members, discriminator);
            if (byTag >= 0) return byTag;
            int best = -1, bestScore = -1;
            for (int i = 0; i < members.Count; i++)
            {
                int score = Fit(element, members[i].Type, options, 0);
                if (score > bestScore) (best, bestScore) = (i, score);
            }
            return best;
        }

        private static int ByDiscriminator(JsonElement element, IReadOnlyList<UnionMember> members, string? discriminator)
        {
            if (discriminator is null || element.ValueKind != JsonValueKind.Object) return -1;
            if (!element.TryGetProperty(discriminator, out var tag) || tag.ValueKind != JsonValueKind.String) return -1;
            var value = tag.GetString();
            for (int i = 0; i < members.Count; i++)
                foreach (var candidate in members[i].DiscriminatorValues)
                    if (candidate == value) return i;
            return -1;
        }

        /// <summary>How well <paramref name="type"/> holds the value: -1 not at all, else higher is better.</summary>
        public static int Fit(JsonElement element, Type type, JsonSerializerOptions options, int depth)
        {
            var underlying = Nullable.GetUnderlyingType(type);
            if (element.ValueKind == JsonValueKind.Null) return underlying != null || !type.IsValueType ? 0 : -1;
            type = underlying ?? type;
            if (depth > MaxDepth || type == typeof(object) || type == typeof(JsonElement)) return 0;
            switch (element.ValueKind)
            {
                case JsonValueKind.String:
                    if (type == typeof(string)) return 1;
                    if (type == typeof(DateTime) || type == typeof(DateTimeOffset)) return element.TryGetDateTimeOffset(out _) ? 2 : -1;
                    if (type == typeof(DateOnly)) return DateOnly.TryParseExact(element.GetString(), "yyyy-MM-dd", out _) ? 2 : -1;
                    if (type == typeof(byte[])) return element.TryGetBytesFromBase64(out _) ? 1 : -1;
                    break;
                case JsonValueKind.Number:
                    if (type == typeof(long)) return element.TryGetInt64(out _) ? 2 : -1;
                    if (type == typeof(int)) return element.TryGetInt32(out _) ? 2 : -1;
                    if (type == typeof(double) || type == typeof(float) || type == typeof(decimal) || type == typeof(BigInteger)) return 1;
                    break;
                case JsonValueKind.True:
                case JsonValueKind.False:
                    if (type == typeof(bool)) return 1;
                    break;
            }
            if (typeof(IWireEnum).IsAssignableFrom(type)) return FitEnum(element, type, options);
            if (type.IsEnum) return element.ValueKind == JsonValueKind.String && FitsNativeEnum(element, type, options) ? 3 : -1;
            if (typeof(IUnion).IsAssignableFrom(type)) return FitUnion(element, type, options, depth);
            if (element.ValueKind == JsonValueKind.Array) return FitArray(element, type, options, depth);
            if (element.ValueKind == JsonValueKind.Object) return FitObject(element, type, options, depth);
            return -1;
        }

        private static bool FitsNativeEnum(JsonElement element, Type type, JsonSerializerOptions options)
        {
            try
            {
                element.Deserialize(type, options);
                return true;
            }
            catch (JsonException)
            {
                return false;
            }
        }

        private static int FitEnum(JsonElement element, Type type, JsonSerializerOptions options)
        {
            IWireEnum value;
            try
            {
                value = (IWireEnum)element.Deserialize(type, options)!;
            }
            catch (JsonException)
            {
                return -1;
            }
            bool kindMatches = value.WireValue switch
            {
                string => element.ValueKind == JsonValueKind.String,
                bool => element.ValueKind is JsonValueKind.True or JsonValueKind.False,
                _ => element.ValueKind == JsonValueKind.Number,
            };
            if (!kindMatches) return -1;
            return value.IsKnownValue ? 3 : value.AcceptsUnknown ? 1 : -1;
        }

        private static int FitUnion(JsonElement element, Type type, JsonSerializerOptions options, int depth)
        {
            var (members, discriminator) = unions.GetOrAdd(type, UnionInfo);
            int byTag = ByDiscriminator(element, members, discriminator);
            if (byTag >= 0) return Fit(element, members[byTag].Type, options, depth + 1);
            int best = -1;
            foreach (var member in members) best = Math.Max(best, Fit(element, member.Type, options, depth + 1));
            return best;
        }

        private static (IReadOnlyList<UnionMember>, string?) UnionInfo(Type type)
        {
            var method = typeof(UnionMatcher).GetMethod(nameof(StaticUnionInfo), BindingFlags.NonPublic | BindingFlags.Static)!;
            return ((IReadOnlyList<UnionMember>, string?))method.MakeGenericMethod(type).Invoke(null, null)!;
        }

        private static (IReadOnlyList<UnionMember>, string?) StaticUnionInfo<T>() where T : class, IUnion<T> => (T.Members, T.DiscriminatorProperty);

        private static int FitArray(JsonElement element, Type type, JsonSerializerOptions options, int depth)
        {
            var itemType = type.IsArray ? type.GetElementType() : GenericArgument(type, typeof(IEnumerable<>), 0);
            if (itemType is null || type == typeof(string)) return -1;
            int score = 1;
            foreach (var item in element.EnumerateArray())
            {
                int fit = Fit(item, itemType, options, depth + 1);
                if (fit < 0) return -1;
                score += fit;
            }
            return score;
        }

        private static int FitObject(JsonElement element, Type type, JsonSerializerOptions options, int depth)
        {
            var valueType = GenericArgument(type, typeof(IDictionary<,>), 1);
            if (valueType != null) return FitMap(element, valueType, options, depth);
            if (type.IsPrimitive || type == typeof(string) || typeof(IEnumerable).IsAssignableFrom(type)) return -1;
            JsonTypeInfo info;
            try
            {
                info = options.GetTypeInfo(type);
            }
            catch (NotSupportedException)
            {
                return -1;
            }
            if (info.Kind != JsonTypeInfoKind.Object) return -1;
            int score = 1;
            foreach (var property in info.Properties)
            {
                if (property.Get is null && property.Set is null) continue;
                if (element.TryGetProperty(property.Name, out var value))
                {
                    int fit = Fit(value, property.PropertyType, options, depth + 1);
                    if (fit < 0) return -1;
                    score += 1 + fit;
                }
                else if (property.AttributeProvider?.IsDefined(typeof(WireRequiredAttribute), true) == true)
                {
                    return -1;
                }
            }
            return score;
        }

        private static int FitMap(JsonElement element, Type valueType, JsonSerializerOptions options, int depth)
        {
            int score = 1;
            foreach (var property in element.EnumerateObject())
            {
                int fit = Fit(property.Value, valueType, options, depth + 1);
                if (fit < 0) return -1;
                score += fit;
            }
            return score;
        }

        private static Type? GenericArgument(Type type, Type openInterface, int position)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == openInterface) return type.GetGenericArguments()[position];
            foreach (var candidate in type.GetInterfaces())
                if (candidate.IsGenericType && candidate.GetGenericTypeDefinition() == openInterface) return candidate.GetGenericArguments()[position];
            return null;
        }
    }
}
