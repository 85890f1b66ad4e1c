// Request bodies, encoded once into bytes so that every retry sends the same content.
namespace Sdkwright.Runtime.Utils
{
    using global::System;
    using global::System.Collections.Generic;
    using global::System.IO;
    using global::System.Linq;
    using global::System.Net.Http;
    using global::System.Text;

    public sealed class BodyContent
    {
        public BodyContent(byte[] bytes, string contentType)
        {
            Bytes = bytes;
            ContentType = contentType;
        }

        public byte[] Bytes { get; }
        public string ContentType { get; }

        public HttpContent Create()
        {
            var content = new ByteArrayContent(Bytes);
            content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            return content;
        }
    }

    /// <summary>How one form or multipart field is encoded (OpenAPI Encoding Object).</summary>
    public sealed record FieldEncoding(ParamStyle Style = ParamStyle.Form, bool Explode = true, string? ContentType = null);

    /// <summary>The file part of a multipart body (a generated <c>File</c> class): sent as a file named <c>FileName</c>.</summary>
    public interface IFilePart
    {
        string FileName { get; }
        byte[] Content { get; }
    }

    public static class RequestBodies
    {
        public static BodyContent? Json(object? value, Type type, string mediaType) =>
            value is null ? null : new BodyContent(JsonWire.SerializeToUtf8(value, type), mediaType);

        public static BodyContent? Text(object? value, string mediaType) =>
            value is null ? null : new BodyContent(Encoding.UTF8.GetBytes(WireText.Scalar(value)), mediaType);

        public static BodyContent? Bytes(object? value, string mediaType) => value switch
        {
            null => null,
            byte[] bytes => new BodyContent(bytes, mediaType),
            Stream stream => new BodyContent(ReadAll(stream), mediaType),
            _ => Text(value, mediaType),
        };

        public static BodyContent? Form(object? value, string mediaType, IReadOnlyDictionary<string, FieldEncoding>? encoding = null)
        {
            if (value is null) return null;
            var pairs = new List<string>();
            foreach (var entry in WireText.Entries(value))
            {
                var field = FieldFor(encoding, entry.Key);
                if (field.ContentType is not null && field.ContentType.Contains("json")) pairs.Add(Pair(entry.Key, WireText.Json(entry.Value)));
                else foreach (var pair in ParamEncoder.Query(entry.Key, entry.Value, field.Style, field.Explode)) pairs.Add(Pair(pair.Key, pair.Value));
            }
            return new BodyContent(Encoding.UTF8.GetBytes(string.Join("&", pairs)), mediaType);
        }

        public static BodyContent? Multipart(object? value, IReadOnlyDictionary<string, FieldEncoding>? encoding = null)
        {
            if (value is null) return null;
            // A fresh boundary per body; retries then resend these same bytes.
            string boundary = "sdkwright-" + Guid.NewGuid().ToString("N");
            var body = new MemoryStream();
            foreach (var entry in WireText.Entries(value))
            {
                var field = FieldFor(encoding, entry.Key);
                var parts = WireText.ShapeOf(entry.Value) == WireText.Shape.List && entry.Value is not byte[] ? WireText.Items(entry.Value) : new[] { entry.Value };
                foreach (var part in parts.Where(p => p is not null)) WritePart(body, boundary, entry.Key, part!, field.ContentType);
            }
            Write(body, $"--{boundary}--\r\n");
            return new BodyContent(body.ToArray(), $"multipart/form-data; boundary={boundary}");
        }

        private static void WritePart(MemoryStream body, string boundary, string name, object value, string? contentType)
        {
            value = WireText.Unwrap(value)!;
            string header = $"--{boundary}\r\nContent-Disposition: form-data; name=\"{Quote(name)}\"";
            byte[] bytes;
            if (value is IFilePart file)
            {
                bytes = file.Content ?? Array.Empty<byte>();
                header += $"; filename=\"{Quote(file.FileName ?? name)}\"\r\nContent-Type: {contentType ?? "application/octet-stream"}";
            }
            else if (value is byte[] or Stream)
            {
                bytes = value is byte[] b ? b : ReadAll((Stream)value);
                header += $"; filename=\"{Quote(name)}\"\r\nContent-Type: {contentType ?? "application/octet-stream"}";
            }
            else if (WireText.ShapeOf(value) == WireText.Shape.Scalar)
            {
                bytes = Encoding.UTF8.GetBytes(WireText.Scalar(value));
                if (contentType is not null) header += $"\r\nContent-Type: {contentType}";
            }
            else
            {
                bytes = Encoding.UTF8.GetBytes(WireText.Json(value));
                header += $"\r\nContent-Type: {contentType ?? "application/json"}";
            }
            Write(body, header + "\r\n\r\n");
            body.Write(bytes, 0, bytes.Length);
            Write(body, "\r\n");
        }

        private static FieldEncoding FieldFor(IReadOnlyDictionary<string, FieldEncoding>? encoding, string name) =>
            encoding is not null && encoding.TryGetValue(name, out var field) ? field : new FieldEncoding();

        private static string Pair(string key, string value) => $"{Uri.EscapeDataString(key)}={Uri.EscapeDataString(value)}";

        private static string Quote(string text) => text.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\r", "").Replace("\n", "");

        private static void Write(MemoryStream stream, string text)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            stream.Write(bytes, 0, bytes.Length);
        }

        private static byte[] ReadAll(Stream stream)
        {
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }
    }
}
