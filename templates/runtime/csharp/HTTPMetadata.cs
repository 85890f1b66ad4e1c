// Every response wrapper carries the raw exchange (the docs' HTTPMetadata page). Framework types
// are qualified: this namespace holds the generated models, whose names would win.
namespace Sdkwright.Runtime.Models.Components
{
    public class HTTPMetadata
    {
        /// <summary>Raw HTTP response; suitable for custom response parsing.</summary>
        public global::System.Net.Http.HttpResponseMessage Response { get; set; } = default!;

        /// <summary>Raw HTTP request; suitable for debugging.</summary>
        public global::System.Net.Http.HttpRequestMessage Request { get; set; } = default!;
    }
}
