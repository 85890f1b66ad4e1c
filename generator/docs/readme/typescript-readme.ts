/**
 * README.md and USAGE.md of the TypeScript package. Every code block is a program that uses the
 * generated SDK with the same names and calling conventions as the operation docs (it is built
 * by the same functions), and every option it mentions exists in templates/runtime/typescript.
 */
import type { ApiModel, Model, RetryConfig, SecurityScheme } from '../../ir/model.js';
import type { EmittedFile } from '../../write/emitted-file.js';
import { coreClassName, defaultErrorClassName, envPrefixOf, securityEnvVar, securityOptionName, type OperationSurface, type SdkSurface } from '../../surface/typescript/sdk-surface.js';
import { TypescriptFlavour } from '../flavour/typescript.js';
import { groupPages } from '../group-folder.js';
import { childGroups, groupHeadingLevel, groupTree } from '../group-tree.js';
import { codeBlock, heading, link, renderTable, strikethrough } from '../markdown.js';
import { ModelIndex } from '../model-index.js';
import { declaredErrors } from '../operations/operation-facts.js';
import { callArgumentsWithOptions, clientVariable, construction, methodPath, sdkUsage, standaloneUsage, callArguments, type TsUsageSettings } from '../operations/typescript-usage.js';
import { RETRY_CONFIG_PAGE, runtimeRetryTypes } from '../retry-config-page.js';
import { TsExampleBuilder } from '../ts-example.js';
import { mcpPage, mcpReadmeSection } from './mcp-page.js';
import { apiSummary, resolvedUrl, renderReadme, renderUsage, schemeLabel, type ReadmeSection } from './readme-layout.js';
import { typescriptNames, type TypescriptNames } from '../../surface/typescript/index.js';

interface Ctx {
  api: ApiModel;
  settings: TsUsageSettings;
  surface: SdkSurface;
  examples: TsExampleBuilder;
  flavour: TypescriptFlavour;
  index: ModelIndex;
  /** The operation every example calls. */
  example: OperationSurface | undefined;
  client: string;
}

/** Both files are user-editable: text added outside their markers survives regeneration. */
export function typescriptPackageDocs(api: ApiModel, settings: TsUsageSettings & { mcp?: boolean | undefined }, names: TypescriptNames = typescriptNames(api)): EmittedFile[] {
  const index = new ModelIndex(api);
  const flavour = new TypescriptFlavour(index, names);
  const surface = names.sdk;
  const ctx: Ctx = {
    api,
    settings,
    surface,
    index,
    flavour,
    examples: new TsExampleBuilder(index, flavour),
    example: preferCurrent([...surface.groups.flatMap((g) => g.operations), ...surface.rootOperations]),
    client: clientVariable(settings.sdkClassName),
  };
  const usage = usageSection(ctx);
  const sections = [
    installation(ctx),
    usage,
    authentication(ctx),
    operations(ctx),
    standalone(ctx),
    settings.mcp ? mcpReadmeSection(names.mcpTools, settings) : undefined,
    retrySection(ctx, api.retries),
    errorHandling(ctx),
    serverSelection(ctx),
    customHttpClient(ctx),
    validation(),
    filesAndStreams(ctx),
    debugging(ctx),
  ].filter((s): s is ReadmeSection => s !== undefined);
  return [
    { path: 'README.md', contents: renderReadme(settings.packageName, apiSummary(api.info, 'TypeScript'), sections), userEditable: true },
    { path: 'USAGE.md', contents: renderUsage(usage), userEditable: true },
    ...(settings.mcp ? [{ path: 'MCP.md', contents: mcpPage(api, settings, names.mcpTools) }] : []),
  ];
}

function installation(ctx: Ctx): ReadmeSection {
  const body = [
    'Install the package with npm (or any client that reads the npm registry):',
    codeBlock('bash', `npm add ${ctx.settings.packageName}`),
    'The SDK has no runtime dependencies, and `import` and `require` both work (unless the package was generated with one module format only). It needs Node.js 20 or later, or a browser or another runtime with `fetch`, `URL`, `AbortController` and web streams.',
  ];
  return { id: 'installation', title: 'SDK Installation', body: body.join('\n\n') };
}

function usageSection(ctx: Ctx): ReadmeSection {
  const body = ctx.example ? [heading(3, 'Example'), sdkUsage(ctx.example, ctx.api, ctx.settings, ctx.examples)].join('\n\n') : 'The API description declares no operations.';
  return { id: 'usage', title: 'SDK Example Usage', body };
}

function authentication(ctx: Ctx): ReadmeSection {
  const { api, settings } = ctx;
  if (api.securitySchemes.length === 0) return { id: 'security', title: 'Authentication', body: 'The API description declares no security schemes: the client sends no credentials.' };
  const rows = api.securitySchemes.map((s) => [
    `\`${securityOptionName(s.key)}\``,
    schemeLabel(s),
    credentialShape(s),
    envNames(envPrefixOf(settings), s)
      .map((e) => `\`${e}\``)
      .join(', '),
  ]);
  const body = [
    'Each security scheme of the API description is a client option. It takes the credential itself, or a function returning it (sync or async, called before every request, so rotated secrets are picked up). When an option is not set, the client reads the environment variable of the scheme.',
    renderTable(['Option', 'Scheme', 'Credential', 'Environment variable'], rows),
    codeBlock(
      'typescript',
      [
        `import { ${settings.sdkClassName} } from "${settings.packageName}";`,
        '',
        ...construction(settings.sdkClassName, ctx.client, api, envPrefixOf(settings)),
        '',
        `console.log(${ctx.client} instanceof ${settings.sdkClassName});`,
      ].join('\n'),
    ),
  ];
  if (api.securitySchemes.some((s) => s.type === 'oauth2' && s.flows.clientCredentials)) {
    body.push('With OAuth2 client credentials the client fetches the access token itself, caches it, shares it between concurrent calls and refreshes it shortly before it expires.');
  }
  return { id: 'security', title: 'Authentication', body: body.join('\n\n') };
}

function credentialShape(s: SecurityScheme): string {
  if (s.type === 'http' && s.scheme.toLowerCase() === 'basic') return '`{ username, password }`';
  if (s.type === 'oauth2' && s.flows.clientCredentials) return 'an access token, or `{ clientID, clientSecret }`';
  return 'a string';
}

/** The variables templates/runtime/typescript/security.ts reads for a scheme. */
function envNames(prefix: string, s: SecurityScheme): string[] {
  const env = securityEnvVar(prefix, s.key);
  if (s.type === 'http' && s.scheme.toLowerCase() === 'basic') return [`${env}_USERNAME`, `${env}_PASSWORD`];
  if (s.type === 'oauth2' && s.flows.clientCredentials) return [`${env}_CLIENT_ID`, `${env}_CLIENT_SECRET`, env];
  return [env];
}

function operations(ctx: Ctx): ReadmeSection {
  const blocks: string[] = [];
  const list = (page: string, ops: OperationSurface[]) =>
    ops.map((op) => {
      const name = op.operation.deprecated ? strikethrough(op.methodName) : op.methodName;
      const summary = op.operation.summary ? ` - ${op.operation.summary}` : '';
      return `* ${link(name, `${page}#${op.methodName.toLowerCase()}`)}${summary}${op.operation.deprecated ? ' :warning: **Deprecated**' : ''}`;
    });
  const pages = groupPages(
    ctx.surface.groups.map((g) => g.property),
    ctx.settings.sdkClassName,
  );
  // Nested as the tags nest them (3.2 `parent`); a group that only nests others has no page or property.
  for (const { group: g, depth } of groupTree(ctx.api)) {
    const group = ctx.surface.groups.find((s) => s.name === g.name);
    const page = group ? pages.groups.get(group.property)! : undefined;
    const title = group && page ? link(group.property, page) : g.name;
    const parts = [heading(groupHeadingLevel(depth), title), ...(g.summary ? [g.summary] : [])];
    if (group && page && group.operations.length > 0) parts.push(list(page, group.operations).join('\n'));
    if (group || childGroups(ctx.api, g.name).length > 0) blocks.push(parts.join('\n\n'));
  }
  if (ctx.surface.rootOperations.length > 0) {
    const page = pages.root;
    blocks.push(`${heading(3, link(ctx.settings.sdkClassName, page))}\n\n${list(page, ctx.surface.rootOperations).join('\n')}`);
  }
  const intro = `Operations are grouped as the API description groups them: each group is a property of the client, and operations without a group are methods of the client itself.${nestingNote(ctx)}`;
  const body = blocks.length > 0 ? [intro, ...blocks].join('\n\n') : 'The API description declares no operations.';
  return { id: 'operations', title: 'Available Resources and Operations', body };
}

/** Nested groups (3.2 tag `parent`) are nested in the list only: the SDK's groups stay flat. */
function nestingNote(ctx: Ctx): string {
  const node = groupTree(ctx.api).find((n) => n.depth > 0 && ctx.surface.groups.some((g) => g.name === n.group.name));
  if (!node) return '';
  const nested = ctx.surface.groups.find((g) => g.name === node.group.name)!;
  const parent = node.group.parent!;
  const parentName = ctx.surface.groups.find((g) => g.name === parent)?.property ?? parent;
  return ` A group nested in another (an OpenAPI 3.2 tag \`parent\`) is listed under it, and is still a property of the client itself: \`${ctx.client}.${nested.property}\`, not \`${ctx.client}.${parentName}.${nested.property}\`.`;
}

function standalone(ctx: Ctx): ReadmeSection | undefined {
  if (!ctx.example) return undefined;
  const core = coreClassName(ctx.settings.sdkClassName);
  const body = [
    `Every operation is also a function of its own, exported from \`${ctx.settings.packageName}/funcs/<name>.js\`. It takes a \`${core}\` (the client without the operation groups), so a bundle keeps only the operations a program imports. A function does not throw: it returns \`{ ok: true, value }\` or \`{ ok: false, error }\`.`,
    standaloneUsage(ctx.example, ctx.api, ctx.settings, ctx.examples),
  ];
  return { id: 'standalone-funcs', title: 'Standalone functions', body: body.join('\n\n') };
}

function retrySection(ctx: Ctx, retries: RetryConfig | undefined): ReadmeSection {
  const { settings, api } = ctx;
  const body = [
    `Failed attempts are retried with exponential backoff and jitter; a \`Retry-After\` header sets the wait when the server sends one. ${retryPolicy(retries)} GET, HEAD, OPTIONS, PUT and DELETE requests are retried. POST and PATCH are retried when the API description configures retries (\`x-speakeasy-retries\`: the API owner's word that its operations may be repeated) or when the call passes an \`idempotencyKey\`; otherwise they are sent once, so that a change cannot be applied twice. When such a request is retried and its operation declares an \`Idempotency-Key\` header the call leaves out, one key is generated for the call and sent on every attempt. A request whose body is a stream is sent once.`,
    `The policy is a ${link('RetryConfig', RETRY_CONFIG_PAGE)}: set \`retries\` on the client for every call, or in the options of one call (which wins). \`{ strategy: "none" }\` turns retries off.`,
  ];
  const lines = [
    `import { ${settings.sdkClassName} } from "${settings.packageName}";`,
    '',
    ...withOption(construction(settings.sdkClassName, ctx.client, api, envPrefixOf(settings)), [
      'retries: {',
      '  strategy: "backoff",',
      '  backoff: { initialInterval: 500, maxInterval: 30000, exponent: 1.5, maxElapsedTime: 120000 },',
      '  retryConnectionErrors: true,',
      '  statusCodes: ["429", "5XX"],',
      '  maxAttempts: 5,',
      '},',
    ]),
  ];
  if (ctx.example) {
    lines.push(
      '',
      'async function run() {',
      '  // This call alone is not retried.',
      `  const result = await ${methodPath(ctx.example, ctx.client)}(${callArgumentsWithOptions(ctx.example, ctx.examples, '{ retries: { strategy: "none" } }')});`,
      '',
      '  console.log(result);',
      '}',
      '',
      'run();',
    );
  }
  body.push(codeBlock('typescript', lines.join('\n')));
  body.push(
    '`retryConfig` is another name for `retries` (the reference SDK\'s). A policy that names no `statusCodes` retries the statuses of the API description (or of the default policy), and a call\'s `retryCodes` (`["429", "5XX"]`) replace them for that call.',
  );
  body.push('`timeoutMs` (on the client or per call) limits each attempt; an `AbortSignal` passed as `signal` cancels the call, a pending retry delay included.');
  return { id: 'retries', title: 'Retries', body: body.join('\n\n') };
}

/** The default policy: the API description's `x-speakeasy-retries`, else the runtime's DEFAULT_RETRIES. */
function retryPolicy(retries: RetryConfig | undefined): string {
  if (!retries) {
    // The runtime's DEFAULT_RETRIES, read from its source like the RetryConfig page.
    const d = runtimeRetryTypes().defaultPolicy;
    const statuses = (d.statusCodes ?? '[]').replace(/[[\]"]/g, '');
    return `By default a call makes up to ${d.maxAttempts} attempts within ${d['backoff.maxElapsedTime']} ms, retrying ${d.retryConnectionErrors === 'true' ? 'connection errors, timeouts and ' : ''}the statuses ${statuses}.`;
  }
  const b = retries.backoff ?? {};
  const statuses = retries.statusCodes.length > 0 ? retries.statusCodes.join(', ') : 'none';
  const what = [`statuses ${statuses}`, retries.retryConnectionErrors ? 'connection errors and timeouts' : undefined].filter(Boolean).join(', ');
  const timing = [
    b.initialInterval !== undefined ? `first delay ${b.initialInterval} ms` : undefined,
    b.exponent !== undefined ? `growing × ${b.exponent}` : undefined,
    b.maxInterval !== undefined ? `at most ${b.maxInterval} ms apart` : undefined,
    b.maxElapsedTime !== undefined ? `for up to ${b.maxElapsedTime} ms in all` : undefined,
  ].filter(Boolean);
  return `The API description sets the default policy: it retries ${what}${timing.length > 0 ? `; ${timing.join(', ')}` : ''}.`;
}

function errorHandling(ctx: Ctx): ReadmeSection {
  const { settings, api } = ctx;
  const defaultError = defaultErrorClassName(settings.sdkClassName);
  const declared = declaredErrorModels(ctx);
  const rows: string[][] = [
    ...declared.map((m) => [`errors.${ctx.flavour.className(m)}`, "A declared error response; `data` (also `data$`) holds its body, typed, and the body's fields are on the error too."]),
    [`errors.${defaultError}`, 'Any other 4XX or 5XX response.'],
    ['errors.HTTPError', 'Base class of the two above: `statusCode`, `headers`, `body`, `contentType`, `rawResponse`.'],
    ['errors.HTTPClientError', 'Base class of the next four: the request failed before or instead of a response.'],
    ['errors.ConnectionError', 'The server could not be reached, or the connection broke.'],
    ['errors.RequestTimeoutError', 'An attempt took longer than `timeoutMs`.'],
    ['errors.RequestAbortedError', "The call's `signal` aborted it."],
    ['errors.InvalidRequestError', 'The request could not be built from the arguments.'],
    ['errors.RequestValidationError', 'The arguments do not match the API description; nothing was sent. `path` names the first wrong value.'],
    ['errors.ResponseValidationError', 'A response does not match the API description; `path` names the first wrong value.'],
    ['errors.SDKValidationError', 'Base class of the two above: `rawValue` (what was received or given), `rawMessage`, `pretty()`.'],
    ['errors.SDKError', 'Base class of every error above.'],
  ].map(([name, when]) => [`\`${name}\``, when]);
  const body = ['SDK methods throw on failure; standalone functions return the same errors in their result. Every error class is exported from `errors`:', renderTable(['Class', 'When'], rows)];
  // An operation with a declared error shows both kinds of API error.
  const op = preferCurrent(allOperations(ctx).filter((o) => declaredErrors(o.operation, ctx.index).length > 0)) ?? ctx.example;
  if (op) {
    const declaredHere = declaredErrors(op.operation, ctx.index)[0]?.model;
    const lines = [
      `import { ${settings.sdkClassName}, errors } from "${settings.packageName}";`,
      '',
      ...construction(settings.sdkClassName, ctx.client, api, envPrefixOf(settings)),
      '',
      'async function run() {',
      '  try {',
      `    const result = await ${methodPath(op, ctx.client)}(${indentTail(callArguments(op, ctx.examples))});`,
      '    console.log(result);',
      '  } catch (error) {',
      ...(declaredHere
        ? [`    if (error instanceof errors.${ctx.flavour.className(declaredHere)}) {`, '      console.error(error.statusCode, error.data);', '    } else if (error instanceof errors.HTTPError) {']
        : ['    if (error instanceof errors.HTTPError) {']),
      '      console.error(error.statusCode, error.body);',
      '    } else {',
      '      throw error;',
      '    }',
      '  }',
      '}',
      '',
      'run();',
    ];
    body.push(codeBlock('typescript', lines.join('\n')));
  }
  return { id: 'errors', title: 'Error Handling', body: body.join('\n\n') };
}

/** The first operation that is not deprecated, else the first one: examples should not teach what is going away. */
function preferCurrent(ops: OperationSurface[]): OperationSurface | undefined {
  return ops.find((o) => !o.operation.deprecated) ?? ops[0];
}

function allOperations(ctx: Ctx): OperationSurface[] {
  return [...ctx.surface.groups.flatMap((g) => g.operations), ...ctx.surface.rootOperations];
}

/** Error classes of the declared error bodies, in first-use order over the operations. */
function declaredErrorModels(ctx: { api: ApiModel; index: ModelIndex }): Model[] {
  const seen = new Set<Model>();
  for (const op of ctx.api.operations) for (const row of declaredErrors(op, ctx.index)) seen.add(row.model);
  return [...seen];
}

function serverSelection(ctx: Ctx): ReadmeSection {
  const { api, settings } = ctx;
  const body: string[] = [];
  const lines = [`import { ${settings.sdkClassName} } from "${settings.packageName}";`, ''];
  const made: string[] = [];
  if (api.servers.length > 0) {
    body.push('The client calls the first server of the API description unless told otherwise. `serverIdx` picks another one by index:');
    body.push(
      renderTable(
        ['#', 'Server', 'Variables'],
        api.servers.map((s, i) => [String(i), `\`${s.url}\``, s.variables.map((v) => `\`${v.name}\` (default \`${v.default}\`)`).join(', ')]),
      ),
    );
    const variables = api.servers[0].variables;
    body.push('A `serverIdx` that names no server of the list is an error (`RangeError`) when the client is created.');
    if (variables.length > 0) body.push('`serverVariables` gives values to the variables of the server URL; the ones left out take their defaults.');
    const chosen = variables.length > 0 ? `{ serverIdx: 0, serverVariables: { ${JSON.stringify(variables[0].name)}: ${JSON.stringify(variables[0].default)} } }` : '{ serverIdx: 0 }';
    lines.push(`const chosen = new ${settings.sdkClassName}(${chosen});`);
    made.push('chosen');
  } else {
    body.push('The API description lists no server: pass `serverURL`.');
  }
  const url = api.servers[0] ? resolvedUrl(api.servers[0]) : 'https://api.example.com';
  body.push('`serverURL` replaces the server, for the client or, in the options of a call, for that call alone. Operations that declare servers of their own use those unless `serverURL` is set.');
  lines.push(`const replaced = new ${settings.sdkClassName}({ serverURL: ${JSON.stringify(url)} });`, '', `console.log(${[...made, 'replaced'].join(', ')});`);
  body.push(codeBlock('typescript', lines.join('\n')));
  return { id: 'server', title: 'Server Selection', body: body.join('\n\n') };
}

function customHttpClient(ctx: Ctx): ReadmeSection {
  const { settings } = ctx;
  const code = [
    `import { ${settings.sdkClassName} } from "${settings.packageName}";`,
    '',
    `const ${ctx.client} = new ${settings.sdkClassName}({`,
    '  // Any function from Request to Response: a proxy agent, a test double, instrumentation.',
    '  fetch: async (request) => {',
    '    const started = Date.now();',
    '    const response = await fetch(request);',
    '    console.log(request.method, request.url, response.status, `${Date.now() - started} ms`);',
    '    return response;',
    '  },',
    '  hooks: {',
    '    beforeRequest(context, request) {',
    '      request.headers.set("x-operation-id", context.operationID);',
    '      return request;',
    '    },',
    '  },',
    '});',
    '',
    `console.log(${ctx.client});`,
  ];
  const body = [
    'The client sends requests with the global `fetch`. The `fetch` option replaces it, and `hooks` see every attempt: `beforeRequest` may change or replace the request, `afterSuccess` the response, `afterError` the error response or the failure.',
    codeBlock('typescript', code.join('\n')),
    "Code written for the reference SDK passes an `HTTPClient` instead (from `lib/http.js`), with its own `beforeRequest`, `requestError` and `response` hooks; the SDK's hooks and retries run around it:",
    codeBlock(
      'typescript',
      [
        `import { ${settings.sdkClassName} } from "${settings.packageName}";`,
        `import { HTTPClient } from "${settings.packageName}/lib/http.js";`,
        '',
        'const httpClient = new HTTPClient({ fetcher: (request) => fetch(request) });',
        'httpClient.addHook("beforeRequest", (request) => {',
        '  const next = new Request(request);',
        '  next.headers.set("x-client", "my-app");',
        '  return next;',
        '});',
        'httpClient.addHook("requestError", (error, request) => {',
        '  console.error(request.method, request.url, error);',
        '});',
        '',
        `const ${ctx.client} = new ${settings.sdkClassName}({ httpClient });`,
        '',
        `console.log(${ctx.client});`,
      ].join('\n'),
    ),
  ];
  body.push(
    "Hooks written for the reference SDK's interfaces (`src/hooks/types.ts`: `SDKInitHook`, `BeforeCreateRequestHook`, `BeforeRequestHook`, `AfterSuccessHook`, `AfterErrorHook`) are registered in `src/hooks/registration.ts`, in its `initHooks(hooks)` function (`hooks.registerBeforeRequestHook(new TraceHook())`). They run in the order registered, for every client, after the `hooks` option's. That file is yours: it is generated only when it is missing, and regenerating the SDK never overwrites it.",
    codeBlock(
      'typescript',
      [
        `import type { BeforeRequestContext, BeforeRequestHook } from "${settings.packageName}/hooks/types.js";`,
        '',
        'export class TraceHook implements BeforeRequestHook {',
        '  beforeRequest(hookCtx: BeforeRequestContext, request: Request): Request {',
        '    request.headers.set("x-operation-id", hookCtx.operationID);',
        '    return request;',
        '  }',
        '}',
      ].join('\n'),
    ),
  );
  return { id: 'http-client', title: 'Custom HTTP Client', body: body.join('\n\n') };
}

function validation(): ReadmeSection {
  const body =
    'Responses are checked against the API description. With `validation: "lax"` (the default) a wrong type or a missing required field fails the call, while unknown fields and enum values are kept and reported to `logger.warn`; `"strict"` rejects those too, and `"off"` skips the check. Parameters and JSON request bodies are checked too, before anything is sent: a wrong type or a missing required field is a `RequestValidationError` (unless `"off"`). Set it on the client or per call.';
  return { id: 'validation', title: 'Response Validation', body };
}

function filesAndStreams(ctx: Ctx): ReadmeSection {
  // Said only where the API has such operations, so other READMEs read as before.
  const items = ctx.api.operations.some((op) => op.responses.some((r) => r.contents.some((c) => c.sequence === 'jsonl' || c.sequence === 'json-seq')));
  const itemStreams = items
    ? ' A JSON Lines (`application/jsonl`, `application/x-ndjson`) or JSON text sequence (`application/json-seq`) response described by an OpenAPI 3.2 `itemSchema` is a `JsonStream`: an async iterable of typed items, each checked and mapped as it arrives, which `cancel()` (or leaving the loop early) stops.'
    : '';
  const body =
    'A file field or binary body takes a `Blob` (or `File`), a `ReadableStream`, a `Uint8Array`, an `ArrayBuffer`, a string, or `{ fileName, content, contentType }` around one of those. A binary response is a `ReadableStream<Uint8Array>` and a `text/event-stream` response an async iterable of typed events. A paginated operation returns a `Page`: `result` holds the page, `next()` fetches the following one, and `for await` visits every page.' +
    itemStreams;
  return { id: 'files', title: 'Files, Streams and Pagination', body };
}

function debugging(ctx: Ctx): ReadmeSection {
  const { settings } = ctx;
  const body = [
    `Give the client a \`debugLogger\` to trace every request and response, or set the environment variable \`${envPrefixOf(settings)}_DEBUG=1\` to trace to the console. \`Authorization\`, cookies and API keys are replaced by \`[REDACTED]\` in the traces.`,
    codeBlock(
      'typescript',
      [
        `import { ${settings.sdkClassName} } from "${settings.packageName}";`,
        '',
        `const ${ctx.client} = new ${settings.sdkClassName}({ debugLogger: console });`,
        '',
        `console.log(${ctx.client});`,
      ].join('\n'),
    ),
  ];
  return { id: 'debug', title: 'Debugging', body: body.join('\n\n') };
}

/** Adds option lines to a `new X({ … })` construction (or turns `new X()` into one). */
function withOption(construction: string[], option: string[]): string[] {
  const indented = option.map((l) => `  ${l}`);
  if (construction.length === 1) return [construction[0].replace(/\(\);$/, '({'), ...indented, '});'];
  return [...construction.slice(0, -1), ...indented, construction[construction.length - 1]];
}

/** Arguments printed for one level of indentation, moved one level deeper (inside `try`). */
function indentTail(text: string): string {
  return text.replace(/\n/g, '\n  ');
}
