// Argument values for any generated SDK method, built by reflection: required properties
// always, optional ones near the top, first enum member, first union member.
using System.Collections;
using System.Numerics;
using System.Reflection;

namespace SdkTests;

public static class SampleValues
{
    private static readonly NullabilityInfoContext Nullability = new();

    public static object? For(Type type, int depth = 0)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null) return For(underlying, depth);
        if (type == typeof(string)) return "sample";
        if (type == typeof(long)) return 1L;
        if (type == typeof(int)) return 1;
        if (type == typeof(double)) return 1.5;
        if (type == typeof(float)) return 1.5f;
        if (type == typeof(decimal)) return 1.5m;
        if (type == typeof(bool)) return true;
        if (type == typeof(DateTime)) return new DateTime(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc);
        if (type == typeof(DateOnly)) return new DateOnly(2024, 5, 6);
        if (type == typeof(BigInteger)) return new BigInteger(1);
        if (type == typeof(byte[])) return new byte[] { 1, 2, 3 };
        if (type == typeof(object)) return "sample";
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
        {
            var list = (IList)Activator.CreateInstance(type)!;
            if (depth < 4) list.Add(For(type.GetGenericArguments()[0], depth + 1));
            return list;
        }
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>))
        {
            var map = (IDictionary)Activator.CreateInstance(type)!;
            if (depth < 4) map["key"] = For(type.GetGenericArguments()[1], depth + 1);
            return map;
        }
        var enumMember = type.GetFields(BindingFlags.Public | BindingFlags.Static).FirstOrDefault(f => f.FieldType == type);
        if (enumMember is not null) return enumMember.GetValue(null);
        var factory = type.GetMethods(BindingFlags.Public | BindingFlags.Static).FirstOrDefault(m => m.Name.StartsWith("Create", StringComparison.Ordinal) && m.GetParameters().Length == 1 && m.ReturnType == type);
        if (factory is not null) return factory.Invoke(null, new[] { For(factory.GetParameters()[0].ParameterType, depth + 1) });
        return Object(type, depth);
    }

    private static object? Object(Type type, int depth)
    {
        if (type.GetConstructor(Type.EmptyTypes) is null) return null;
        var value = Activator.CreateInstance(type)!;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!property.CanWrite || property.GetSetMethod() is null || property.GetIndexParameters().Length > 0) continue;
            bool required = Nullability.Create(property).WriteState == NullabilityState.NotNull;
            if (!required && depth > 0) continue;
            if (property.PropertyType.Name == "HTTPMetadata" || property.Name == "AdditionalProperties") continue;
            property.SetValue(value, For(property.PropertyType, depth + 1));
        }
        return value;
    }

    /// <summary>Arguments for an SDK method: a sample for each parameter, defaults for options, cancellation and retries.</summary>
    public static object?[] Arguments(MethodInfo method) => method.GetParameters()
        .Select(p => p.ParameterType == typeof(CancellationToken) || p.ParameterType.Name is "RequestOptions" or "RetryConfig" ? (p.HasDefaultValue ? p.DefaultValue : null) : For(p.ParameterType))
        .ToArray();
}
