// The hook interfaces of the reference generator's C# SDKs, so that hooks written for it plug in
// unchanged: register them in Hooks/HookRegistration.cs (the SDK's user-owned file), or pass them
// to the SDK's constructor as `hooks:`. SdkCore runs them around every call.
namespace Sdkwright.Runtime.Hooks
{
    using global::System;
    using global::System.Collections.Generic;
    using global::System.Net.Http;
    using global::System.Threading.Tasks;
    using ISpeakeasyHttpClient = global::Sdkwright.Runtime.Utils.ISpeakeasyHttpClient;

    /// <summary>The call a hook runs for.</summary>
    public class HookContext
    {
        public HookContext(string operationID, List<string>? oauthScopes, Func<object>? securitySource)
        {
            OperationID = operationID;
            OauthScopes = oauthScopes;
            SecuritySource = securitySource;
        }

        /// <summary>The operation's id in the API description.</summary>
        public string OperationID { get; private set; }

        /// <summary>The OAuth2 scopes the operation's security requirements name, if any.</summary>
        public List<string>? OauthScopes { get; private set; }

        /// <summary>The SDK's credentials by security scheme key (an IReadOnlyDictionary&lt;string, object?&gt;, sources asked).</summary>
        public Func<object>? SecuritySource { get; private set; }
    }

    public class BeforeRequestContext : HookContext
    {
        public BeforeRequestContext(HookContext hookCtx) : base(hookCtx.OperationID, hookCtx.OauthScopes, hookCtx.SecuritySource)
        {
        }
    }

    public class AfterSuccessContext : HookContext
    {
        public AfterSuccessContext(HookContext hookCtx) : base(hookCtx.OperationID, hookCtx.OauthScopes, hookCtx.SecuritySource)
        {
        }
    }

    public class AfterErrorContext : HookContext
    {
        public AfterErrorContext(HookContext hookCtx) : base(hookCtx.OperationID, hookCtx.OauthScopes, hookCtx.SecuritySource)
        {
        }
    }

    /// <summary>What <c>hooks:</c> of the SDK's constructor takes: any of the hook interfaces below.</summary>
    public interface IHook
    {
    }

    /// <summary>Runs once, when the SDK is constructed; may replace the base URL and the HTTP client.</summary>
    public interface ISDKInitHook : IHook
    {
        (string, ISpeakeasyHttpClient) SDKInit(string baseUrl, ISpeakeasyHttpClient client);
    }

    /// <summary>Runs before each attempt of a request; returns the request to send.</summary>
    public interface IBeforeRequestHook : IHook
    {
        Task<HttpRequestMessage> BeforeRequestAsync(BeforeRequestContext hookCtx, HttpRequestMessage request);
    }

    /// <summary>Runs on a response that is not an error (status below 400); returns the response to read.</summary>
    public interface IAfterSuccessHook : IHook
    {
        Task<HttpResponseMessage> AfterSuccessAsync(AfterSuccessContext hookCtx, HttpResponseMessage response);
    }

    /// <summary>
    /// Runs on an error response (status 400 to 599: response set, error null) and on a request that
    /// failed without a response (response null, error set). An error returned is thrown by the call;
    /// a response returned with a null error is read instead.
    /// </summary>
    public interface IAfterErrorHook : IHook
    {
        Task<(HttpResponseMessage?, Exception?)> AfterErrorAsync(AfterErrorContext hookCtx, HttpResponseMessage? response, Exception? error);
    }

    public interface IHooks
    {
        void RegisterSDKInitHook(ISDKInitHook hook);

        void RegisterBeforeRequestHook(IBeforeRequestHook hook);

        void RegisterAfterSuccessHook(IAfterSuccessHook hook);

        void RegisterAfterErrorHook(IAfterErrorHook hook);
    }
}
