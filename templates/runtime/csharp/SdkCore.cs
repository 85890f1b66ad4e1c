// What every generated method shares: the HttpClient, servers, credentials and policies, and
// the send loop (auth, per-attempt timeout, retries with backoff and Retry-After, time budget)
// and the hooks around it (Hooks/: SDKInit at construction, BeforeRequest before each attempt,
// AfterSuccess or AfterError on the outcome of the last).
namespace Sdkwright.Runtime.Utils
{
    using global::System;
    using global::System.Collections.Generic;
    using global::System.IO;
    using global::System.Linq;
    using global::System.Net.Http;
    using global::System.Threading;
    using global::System.Threading.Tasks;
    using global::System.Runtime.ExceptionServices;
    using AfterErrorContext = global::Sdkwright.Runtime.Hooks.AfterErrorContext;
    using AfterSuccessContext = global::Sdkwright.Runtime.Hooks.AfterSuccessContext;
    using BeforeRequestContext = global::Sdkwright.Runtime.Hooks.BeforeRequestContext;
    using ConnectionException = global::Sdkwright.Runtime.Models.Errors.ConnectionException;
    using HookContext = global::Sdkwright.Runtime.Hooks.HookContext;
    using IHook = global::Sdkwright.Runtime.Hooks.IHook;
    using SDKHooks = global::Sdkwright.Runtime.Hooks.SDKHooks;
    using RequestTimeoutException = global::Sdkwright.Runtime.Models.Errors.RequestTimeoutException;

    public sealed class SdkSettings
    {
        public HttpClient? Client { get; init; }
        /// <summary>An application's own client (the reference's <c>client:</c>); sends instead of <see cref="Client"/> when set.</summary>
        public ISpeakeasyHttpClient? CustomClient { get; init; }
        public IReadOnlyList<ServerTemplate> Servers { get; init; } = Array.Empty<ServerTemplate>();
        public int ServerIndex { get; init; }
        public string? ServerUrl { get; init; }
        public IReadOnlyDictionary<string, string>? ServerVariables { get; init; }
        public RetryConfig? Retries { get; init; }
        /// <summary>The API description's document-level policy, for operations that set none.</summary>
        public RetryConfig? DefaultRetries { get; init; }
        public TimeSpan? Timeout { get; init; }
        public IReadOnlyList<SecurityScheme> Schemes { get; init; } = Array.Empty<SecurityScheme>();
        /// <summary>The API-level requirements, for operations that declare none.</summary>
        public IReadOnlyList<SecurityRequirement> Security { get; init; } = Array.Empty<SecurityRequirement>();
        /// <summary>Credential by scheme key: a string, a BasicAuth, a ClientCredentials, or a Func&lt;string&gt; (any Func&lt;object?&gt;) asked on every request.</summary>
        public IReadOnlyDictionary<string, object?> Credentials { get; init; } = new Dictionary<string, object?>();
        /// <summary>Sent on every request that does not set its own (RequestOptions.Headers).</summary>
        public string? UserAgent { get; init; }
        /// <summary>Hooks of this SDK instance, run after those of Hooks/HookRegistration.cs.</summary>
        public IReadOnlyList<IHook>? Hooks { get; init; }
    }

    public sealed class SdkCore
    {
        // No client-wide timeout: per-attempt timeouts (RequestOptions, SdkSettings) decide.
        private static readonly HttpClient SharedClient = new() { Timeout = global::System.Threading.Timeout.InfiniteTimeSpan };

        public SdkCore(SdkSettings settings)
        {
            if (settings.Servers.Count > 0 && (settings.ServerIndex < 0 || settings.ServerIndex >= settings.Servers.Count))
                throw new ArgumentOutOfRangeException(nameof(settings), $"serverIndex must be between 0 and {settings.Servers.Count - 1}.");
            Settings = settings;
            Client = settings.Client ?? SharedClient;
            Tokens = new OAuth2Tokens(Client);
            customClient = settings.CustomClient;
            Hooks = new SDKHooks();
            foreach (var hook in settings.Hooks ?? Array.Empty<IHook>()) Hooks.Register(hook);
            if (Hooks.HasSDKInitHooks) InitHooks();
        }

        public SdkSettings Settings { get; }
        public HttpClient Client { get; }
        public OAuth2Tokens Tokens { get; }
        /// <summary>The hooks every call runs: Hooks/HookRegistration.cs's, then the constructor's.</summary>
        public SDKHooks Hooks { get; }

        // What SDKInit hooks put in place of the configured client and server URL.
        private ISpeakeasyHttpClient? customClient;
        private string? initServerUrl;

        private void InitHooks()
        {
            var baseUrl = Settings.ServerUrl ?? (Settings.Servers.Count > 0 ? Settings.Servers[Settings.ServerIndex].Resolve(Settings.ServerVariables) : "");
            ISpeakeasyHttpClient client = customClient ?? new SpeakeasyHttpClient(Client);
            var (newUrl, newClient) = Hooks.SDKInit(baseUrl, client);
            if (newUrl != baseUrl) initServerUrl = newUrl;
            if (!ReferenceEquals(newClient, client)) customClient = newClient;
        }

        private HookContext HookContextFor(OperationInfo operation)
        {
            var scopes = (operation.Security ?? Settings.Security).SelectMany(r => r.Schemes).SelectMany(s => s.Scopes).Distinct().ToList();
            return new HookContext(operation.Id, scopes.Count > 0 ? scopes : null, () => Settings.Credentials.ToDictionary(c => c.Key, c => Credential(c.Key)));
        }

        public SecurityScheme? Scheme(string key) => Settings.Schemes.FirstOrDefault(s => s.Key == key);

        public object? Credential(string key) => Settings.Credentials.TryGetValue(key, out var value) ? (value is Func<object?> source ? source() : value) : null;

        public string BaseUrl(OperationInfo operation, RequestOptions? options)
        {
            if (options?.ServerUrl is not null) return options.ServerUrl;
            if (operation.Servers is { Count: > 0 } own) return own[0].Resolve(Settings.ServerVariables);
            if (initServerUrl is not null) return initServerUrl;
            if (Settings.ServerUrl is not null) return Settings.ServerUrl;
            return Settings.Servers.Count > 0 ? Settings.Servers[Settings.ServerIndex].Resolve(Settings.ServerVariables) : "";
        }

        public async Task<HttpResponseMessage> SendAsync(RequestSpec spec, OperationInfo operation, RequestOptions? options, CancellationToken cancellationToken)
        {
            var baseUrl = BaseUrl(operation, options);
            await Security.ApplyAsync(spec, operation.Security ?? Settings.Security, this, baseUrl, cancellationToken).ConfigureAwait(false);
            // The caller's choice (per call, then per SDK) over the spec's policy for the operation, then for the API.
            var retries = options?.Retries ?? Settings.Retries ?? operation.Retries ?? Settings.DefaultRetries ?? RetryConfig.None;
            var timeout = options?.Timeout ?? Settings.Timeout;
            var started = DateTimeOffset.UtcNow;
            var hookCtx = HookContextFor(operation);
            for (int attempt = 1; ; attempt++)
            {
                HttpResponseMessage? response = null;
                Exception? failure = null;
                try
                {
                    response = await AttemptAsync(spec, baseUrl, options, timeout, hookCtx, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception error) when (error is ConnectionException or RequestTimeoutException)
                {
                    failure = error;
                }
                bool retryable = retries.Strategy == RetryStrategy.Backoff && (failure is not null ? retries.RetryConnectionErrors : retries.RetriesStatus((int)response!.StatusCode));
                if (retryable && (retries.MaxAttempts <= 0 || attempt < retries.MaxAttempts))
                {
                    var delay = RetryAfter.From(response, retries) ?? retries.Delay(attempt, Random.Shared);
                    var elapsed = DateTimeOffset.UtcNow - started;
                    if (elapsed + delay <= TimeSpan.FromMilliseconds(retries.Backoff.MaxElapsedTimeMs))
                    {
                        response?.Dispose();
                        await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                        continue;
                    }
                }
                return await AfterHooksAsync(hookCtx, response, failure).ConfigureAwait(false);
            }
        }

        /// <summary>AfterError on an error status or a failure (its error thrown, or its response read instead), else AfterSuccess.</summary>
        private async Task<HttpResponseMessage> AfterHooksAsync(HookContext hookCtx, HttpResponseMessage? response, Exception? failure)
        {
            int status = response is null ? 0 : (int)response.StatusCode;
            if (failure is null && status < 400) return await Hooks.AfterSuccessAsync(new AfterSuccessContext(hookCtx), response!).ConfigureAwait(false);
            if (failure is null && status >= 600) return response!;
            var (replacement, error) = await Hooks.AfterErrorAsync(new AfterErrorContext(hookCtx), response, failure).ConfigureAwait(false);
            if (error is not null) ExceptionDispatchInfo.Capture(error).Throw();
            if (replacement is not null) return replacement;
            if (failure is not null) ExceptionDispatchInfo.Capture(failure).Throw();
            return response!;
        }

        private async Task<HttpResponseMessage> AttemptAsync(RequestSpec spec, string baseUrl, RequestOptions? options, TimeSpan? timeout, HookContext hookCtx, CancellationToken cancellationToken)
        {
            // Not disposed on success: the response (and HttpMeta) keep referring to it.
            var request = spec.Build(baseUrl, options?.Headers);
            if (Settings.UserAgent is { Length: > 0 } userAgent && !request.Headers.Contains("User-Agent")) request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
            request = await Hooks.BeforeRequestAsync(new BeforeRequestContext(hookCtx), request).ConfigureAwait(false);
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            if (timeout is { } limit) deadline.CancelAfter(limit);
            try
            {
                // Buffered: the body stays readable for the models, the errors and HttpMeta.
                if (customClient is { } custom) return await custom.SendAsync(request).WaitAsync(deadline.Token).ConfigureAwait(false);
                return await Client.SendAsync(request, HttpCompletionOption.ResponseContentRead, deadline.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException error) when (!cancellationToken.IsCancellationRequested)
            {
                request.Dispose();
                throw new RequestTimeoutException($"The request timed out after {timeout?.TotalMilliseconds} ms.", error);
            }
            catch (Exception error) when (error is HttpRequestException or IOException)
            {
                request.Dispose();
                throw new ConnectionException($"The request failed: {error.Message}", error);
            }
            catch
            {
                request.Dispose();
                throw;
            }
        }
    }
}
