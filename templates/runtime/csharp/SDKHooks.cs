// The registered hooks of one SDK instance, each kind run in the order registered: those of
// Hooks/HookRegistration.cs first, then those given to the SDK's constructor.
namespace Sdkwright.Runtime.Hooks
{
    using global::System;
    using global::System.Collections.Generic;
    using global::System.Net.Http;
    using global::System.Threading.Tasks;
    using ISpeakeasyHttpClient = global::Sdkwright.Runtime.Utils.ISpeakeasyHttpClient;

    public class SDKHooks : IHooks
    {
        private readonly List<ISDKInitHook> sdkInitHooks = new();
        private readonly List<IBeforeRequestHook> beforeRequestHooks = new();
        private readonly List<IAfterSuccessHook> afterSuccessHooks = new();
        private readonly List<IAfterErrorHook> afterErrorHooks = new();

        public SDKHooks()
        {
            HookRegistration.RegisterHooks(this);
        }

        public void RegisterSDKInitHook(ISDKInitHook hook) => sdkInitHooks.Add(hook);

        public void RegisterBeforeRequestHook(IBeforeRequestHook hook) => beforeRequestHooks.Add(hook);

        public void RegisterAfterSuccessHook(IAfterSuccessHook hook) => afterSuccessHooks.Add(hook);

        public void RegisterAfterErrorHook(IAfterErrorHook hook) => afterErrorHooks.Add(hook);

        /// <summary>Registers a hook under every hook interface it implements.</summary>
        public void Register(IHook hook)
        {
            if (hook is ISDKInitHook sdkInit) RegisterSDKInitHook(sdkInit);
            if (hook is IBeforeRequestHook beforeRequest) RegisterBeforeRequestHook(beforeRequest);
            if (hook is IAfterSuccessHook afterSuccess) RegisterAfterSuccessHook(afterSuccess);
            if (hook is IAfterErrorHook afterError) RegisterAfterErrorHook(afterError);
        }

        public bool HasSDKInitHooks => sdkInitHooks.Count > 0;

        public (string, ISpeakeasyHttpClient) SDKInit(string baseUrl, ISpeakeasyHttpClient client)
        {
            foreach (var hook in sdkInitHooks) (baseUrl, client) = hook.SDKInit(baseUrl, client);
            return (baseUrl, client);
        }

        public async Task<HttpRequestMessage> BeforeRequestAsync(BeforeRequestContext hookCtx, HttpRequestMessage request)
        {
            foreach (var hook in beforeRequestHooks) request = await hook.BeforeRequestAsync(hookCtx, request).ConfigureAwait(false);
            return request;
        }

        public async Task<HttpResponseMessage> AfterSuccessAsync(AfterSuccessContext hookCtx, HttpResponseMessage response)
        {
            foreach (var hook in afterSuccessHooks) response = await hook.AfterSuccessAsync(hookCtx, response).ConfigureAwait(false);
            return response;
        }

        /// <summary>Each hook sees what the one before returned; an exception a hook throws counts as the error it returns.</summary>
        public async Task<(HttpResponseMessage?, Exception?)> AfterErrorAsync(AfterErrorContext hookCtx, HttpResponseMessage? response, Exception? error)
        {
            foreach (var hook in afterErrorHooks)
            {
                try
                {
                    (response, error) = await hook.AfterErrorAsync(hookCtx, response, error).ConfigureAwait(false);
                }
                catch (Exception hookError)
                {
                    error = hookError;
                }
            }
            return (response, error);
        }
    }
}
