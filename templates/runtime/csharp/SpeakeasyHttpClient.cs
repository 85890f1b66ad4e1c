// The HTTP client interface of the reference generator's C# SDKs, so that an application's own
// client (a subclass of SpeakeasyHttpClient, or any class implementing the interface) plugs in
// as `client:` unchanged. The SDK's send loop (retries, timeouts, auth) runs around it.
namespace Sdkwright.Runtime.Utils
{
    using global::System.Net.Http;
    using global::System.Threading.Tasks;

    public interface ISpeakeasyHttpClient
    {
        /// <summary>Sends one request; the SDK awaits it under the call's timeout and cancellation.</summary>
        Task<HttpResponseMessage> SendAsync(HttpRequestMessage request);

        /// <summary>A copy of a request (method, URI, headers, buffered content) that can be sent again.</summary>
        async Task<HttpRequestMessage> CloneAsync(HttpRequestMessage request)
        {
            var copy = new HttpRequestMessage(request.Method, request.RequestUri) { Version = request.Version };
            foreach (var header in request.Headers) copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
            if (request.Content is not null)
            {
                var bytes = await request.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                copy.Content = new ByteArrayContent(bytes);
                foreach (var header in request.Content.Headers) copy.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
            return copy;
        }
    }

    /// <summary>The default <see cref="ISpeakeasyHttpClient"/>: an HttpClient (a new one unless given).</summary>
    public class SpeakeasyHttpClient : ISpeakeasyHttpClient
    {
        protected readonly HttpClient httpClient;

        public SpeakeasyHttpClient(HttpClient? httpClient = null)
        {
            this.httpClient = httpClient ?? new HttpClient { Timeout = global::System.Threading.Timeout.InfiniteTimeSpan };
        }

        public virtual Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => httpClient.SendAsync(request, HttpCompletionOption.ResponseContentRead);
    }
}
