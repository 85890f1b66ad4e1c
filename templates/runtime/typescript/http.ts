/**
 * `HTTPClient`: a fetch with hooks, for code written against the reference generator's SDKs
 * (`new HTTPClient({ fetcher })`, `addHook("beforeRequest" | "requestError" | "response", fn)`),
 * passed as the `httpClient` client option. The SDK's own hooks and retries run around it.
 */
export type Fetcher = (input: Request) => Promise<Response>;

export type BeforeRequestHook = (request: Request) => Request | void | Promise<Request | void>;
export type RequestErrorHook = (error: unknown, request: Request) => void | Promise<void>;
export type ResponseHook = (response: Response, request: Request) => void | Promise<void>;

export interface HTTPClientOptions {
  fetcher?: Fetcher;
}

interface HookLists {
  beforeRequest: BeforeRequestHook[];
  requestError: RequestErrorHook[];
  response: ResponseHook[];
}

export class HTTPClient {
  private readonly fetcher: Fetcher;
  private readonly hooks: HookLists = { beforeRequest: [], requestError: [], response: [] };

  constructor(options: HTTPClientOptions = {}) {
    this.fetcher = options.fetcher ?? ((request) => globalThis.fetch(request));
  }

  /** Sends the request: `beforeRequest` hooks may replace it; `response` and `requestError` hooks observe the outcome. */
  async request(request: Request): Promise<Response> {
    let current = request;
    for (const hook of this.hooks.beforeRequest) current = (await hook(current)) ?? current;
    let response: Response;
    try {
      response = await this.fetcher(current);
    } catch (error) {
      for (const hook of this.hooks.requestError) await hook(error, current);
      throw error;
    }
    for (const hook of this.hooks.response) await hook(response, current);
    return response;
  }

  addHook(name: "beforeRequest", hook: BeforeRequestHook): this;
  addHook(name: "requestError", hook: RequestErrorHook): this;
  addHook(name: "response", hook: ResponseHook): this;
  addHook(name: keyof HookLists, hook: BeforeRequestHook | RequestErrorHook | ResponseHook): this {
    (this.hooks[name] as unknown[]).push(hook);
    return this;
  }

  removeHook(name: "beforeRequest", hook: BeforeRequestHook): this;
  removeHook(name: "requestError", hook: RequestErrorHook): this;
  removeHook(name: "response", hook: ResponseHook): this;
  removeHook(name: keyof HookLists, hook: BeforeRequestHook | RequestErrorHook | ResponseHook): this {
    const list = this.hooks[name] as unknown[];
    const at = list.indexOf(hook);
    if (at >= 0) list.splice(at, 1);
    return this;
  }

  /** A client with the same fetcher and a copy of the hooks: adding to one leaves the other as it is. */
  clone(): HTTPClient {
    const copy = new HTTPClient({ fetcher: this.fetcher });
    copy.hooks.beforeRequest.push(...this.hooks.beforeRequest);
    copy.hooks.requestError.push(...this.hooks.requestError);
    copy.hooks.response.push(...this.hooks.response);
    return copy;
  }
}
