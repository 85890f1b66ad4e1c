// The one set of serializer options the SDK uses. Names come from [JsonPropertyName] on every
// property, enums and unions bring their own converters, so the options stay the defaults.
namespace Sdkwright.Runtime.Utils
{
    using global::System;
    using global::System.Text.Json;
    using global::System.Text.Json.Serialization.Metadata;

    public static class JsonWire
    {
        public static readonly JsonSerializerOptions Options = CreateOptions();

        private static JsonSerializerOptions CreateOptions()
        {
            var options = new JsonSerializerOptions(JsonSerializerDefaults.General)
            {
                TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
            };
            options.MakeReadOnly();
            return options;
        }

        public static string Serialize(object? value, Type type) => JsonSerializer.Serialize(value, type, Options);

        public static byte[] SerializeToUtf8(object? value, Type type) => JsonSerializer.SerializeToUtf8Bytes(value, type, Options);

        public static T? Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Options);

        public static T? Deserialize<T>(byte[] json) => JsonSerializer.Deserialize<T>(json, Options);
    }
}
