// Union models hold one member. The converter picks the member by discriminator when the spec
// has one, else the member the JSON fits best (UnionMatcher); JSON no member fits is kept as a
// JsonElement rather than failing the response.
namespace Sdkwright.Runtime.Utils
{
    using global::System;
    using global::System.Collections.Generic;
    using global::System.Text.Json;
    using global::System.Text.Json.Serialization;

    public interface IUnion
    {
        object? MemberValue { get; }
        /// <summary>Position of the member held in the member list; -1 when no member fitted.</summary>
        int MemberIndex { get; }
    }

    public interface IUnion<TSelf> : IUnion where TSelf : class, IUnion<TSelf>
    {
        static abstract IReadOnlyList<UnionMember> Members { get; }
        static abstract string? DiscriminatorProperty { get; }
        static abstract TSelf FromMember(int index, object? value);
    }

    public sealed class UnionMember
    {
        public UnionMember(Type type, params string[] discriminatorValues)
        {
            Type = type;
            DiscriminatorValues = discriminatorValues;
        }

        public Type Type { get; }
        public IReadOnlyList<string> DiscriminatorValues { get; }
    }

    public sealed class UnionConverter<T> : JsonConverter<T> where T : class, IUnion<T>
    {
        public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var document = JsonDocument.ParseValue(ref reader);
            var element = document.RootElement;
            int index = UnionMatcher.Choose(element, T.Members, T.DiscriminatorProperty, options);
            if (index < 0) return T.FromMember(-1, element.Clone());
            return T.FromMember(index, element.Deserialize(T.Members[index].Type, options));
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        {
            var member = value.MemberValue;
            if (member is null) writer.WriteNullValue();
            else JsonSerializer.Serialize(writer, member, member.GetType(), options);
        }
    }
}
