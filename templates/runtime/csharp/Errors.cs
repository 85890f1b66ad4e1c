// The errors the client throws. HTTP errors derive from ApiException: the error classes the spec
// declares (generated, with the body's fields) and SDKError for undeclared 4XX/5XX responses.
// Failures without a usable response derive from TransportException. Framework types are
// qualified: this namespace holds the generated error models, whose names would win.
namespace Sdkwright.Runtime.Models.Errors
{
    public abstract class ApiException : global::System.Exception
    {
        private readonly string? message;

        protected ApiException()
        {
        }

        protected ApiException(string message, global::System.Exception? innerException = null) : base(message, innerException)
        {
            this.message = message;
        }

        /// <summary>HTTP status code of the response.</summary>
        [global::System.Text.Json.Serialization.JsonIgnore]
        public int StatusCode { get; internal set; }

        /// <summary>The response, for headers and anything else the model does not carry.</summary>
        [global::System.Text.Json.Serialization.JsonIgnore]
        public global::System.Net.Http.HttpResponseMessage? RawResponse { get; internal set; }

        /// <summary>The response (the reference generator's name for <see cref="RawResponse"/>); set on every error the SDK throws.</summary>
        [global::System.Text.Json.Serialization.JsonIgnore]
        public global::System.Net.Http.HttpResponseMessage Response => RawResponse!;

        /// <summary>The request as sent (its last attempt); set on every error the SDK throws.</summary>
        [global::System.Text.Json.Serialization.JsonIgnore]
        public global::System.Net.Http.HttpRequestMessage Request => RawResponse?.RequestMessage!;

        /// <summary>The response body as text.</summary>
        [global::System.Text.Json.Serialization.JsonIgnore]
        public string Body { get; internal set; } = "";

        public override string Message => message ?? $"API error occurred: Status {StatusCode}. Body: {Body}";
    }

    /// <summary>A 4XX or 5XX response the spec does not describe, or one whose body could not be read.</summary>
    public class SDKError : ApiException
    {
        public SDKError(string message, int statusCode, string body, global::System.Net.Http.HttpResponseMessage? rawResponse, global::System.Exception? innerException = null)
            : base($"{message}: Status {statusCode}. Body: {body}", innerException)
        {
            StatusCode = statusCode;
            Body = body;
            RawResponse = rawResponse;
        }
    }

    /// <summary>The request did not produce a usable response.</summary>
    public abstract class TransportException : global::System.Exception
    {
        protected TransportException(string message, global::System.Exception? innerException) : base(message, innerException)
        {
        }
    }

    /// <summary>The server could not be reached, or the connection broke.</summary>
    public class ConnectionException : TransportException
    {
        public ConnectionException(string message, global::System.Exception? innerException) : base(message, innerException)
        {
        }
    }

    /// <summary>The client's or the call's timeout elapsed (cancellation by the caller is an OperationCanceledException).</summary>
    public class RequestTimeoutException : TransportException
    {
        public RequestTimeoutException(string message, global::System.Exception? innerException) : base(message, innerException)
        {
        }
    }

    /// <summary>A success response whose body does not match what the spec declares.</summary>
    public class ResponseValidationException : global::System.Exception
    {
        public ResponseValidationException(string message, int statusCode, string body, global::System.Net.Http.HttpResponseMessage? rawResponse, global::System.Exception? innerException)
            : base(message, innerException)
        {
            StatusCode = statusCode;
            Body = body;
            RawResponse = rawResponse;
        }

        public int StatusCode { get; }
        public string Body { get; }
        public global::System.Net.Http.HttpResponseMessage? RawResponse { get; }
    }
}
