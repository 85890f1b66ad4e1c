/**
 * The registered hooks of one SDK instance, run in registration order: each gets what the one
 * before it returned. The SDK constructor creates one (which calls `initHooks` of
 * ./registration.ts) and runs `sdkInit`; every call then runs the others. A hook that throws
 * fails the call with that error.
 */
import { initHooks } from "./registration.js";
import type {
  AfterErrorContext,
  AfterErrorHook,
  AfterSuccessContext,
  AfterSuccessHook,
  BeforeCreateRequestContext,
  BeforeCreateRequestHook,
  BeforeRequestContext,
  BeforeRequestHook,
  Hooks,
  RequestInput,
  SDKInitHook,
  SDKInitOptions,
} from "./types.js";

export class SDKHooks implements Hooks {
  sdkInitHooks: SDKInitHook[] = [];
  beforeCreateRequestHooks: BeforeCreateRequestHook[] = [];
  beforeRequestHooks: BeforeRequestHook[] = [];
  afterSuccessHooks: AfterSuccessHook[] = [];
  afterErrorHooks: AfterErrorHook[] = [];

  constructor() {
    initHooks(this);
  }

  registerSDKInitHook(hook: SDKInitHook): void {
    this.sdkInitHooks.push(hook);
  }

  registerBeforeCreateRequestHook(hook: BeforeCreateRequestHook): void {
    this.beforeCreateRequestHooks.push(hook);
  }

  registerBeforeRequestHook(hook: BeforeRequestHook): void {
    this.beforeRequestHooks.push(hook);
  }

  registerAfterSuccessHook(hook: AfterSuccessHook): void {
    this.afterSuccessHooks.push(hook);
  }

  registerAfterErrorHook(hook: AfterErrorHook): void {
    this.afterErrorHooks.push(hook);
  }

  sdkInit(opts: SDKInitOptions): SDKInitOptions {
    return this.sdkInitHooks.reduce((current, hook) => hook.sdkInit(current), opts);
  }

  beforeCreateRequest(hookCtx: BeforeCreateRequestContext, input: RequestInput): RequestInput {
    return this.beforeCreateRequestHooks.reduce((current, hook) => hook.beforeCreateRequest(hookCtx, current), input);
  }

  async beforeRequest(hookCtx: BeforeRequestContext, request: Request): Promise<Request> {
    let current = request;
    for (const hook of this.beforeRequestHooks) current = await hook.beforeRequest(hookCtx, current);
    return current;
  }

  async afterSuccess(hookCtx: AfterSuccessContext, response: Response): Promise<Response> {
    let current = response;
    for (const hook of this.afterSuccessHooks) current = await hook.afterSuccess(hookCtx, current);
    return current;
  }

  async afterError(hookCtx: AfterErrorContext, response: Response | null, error: unknown): Promise<{ response: Response | null; error: unknown }> {
    let current = { response, error };
    for (const hook of this.afterErrorHooks) current = await hook.afterError(hookCtx, current.response, current.error);
    return current;
  }
}
