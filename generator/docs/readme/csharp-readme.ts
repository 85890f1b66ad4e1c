/**
 * README.md and USAGE.md of the C# project. The examples are built by the operation docs' own
 * usage builder (same names, same calling conventions), and every class, constructor argument
 * and option they use is the C# target's (surface.ts, sdk-class.ts, templates/runtime/csharp).
 * What the C# client does not have (environment variables, a debug logger) is said plainly.
 */
import type { ApiModel, Operation, SecurityScheme } from '../../ir/model.js';
import { schemeKind, sdkConstructorArguments } from '../../surface/csharp/constructor-arguments.js';
import { csNamespace } from '../../surface/csharp/namespace.js';
import { csharpGroupClassName, csharpTrailingArguments, MAX_METHOD_PARAMS, type CsharpSurface } from '../../surface/csharp/sdk-surface.js';
import { envPrefix, securityEnvVar } from '../../surface/typescript/sdk-surface.js';
import type { EmittedFile } from '../../write/emitted-file.js';
import { CsharpFlavour } from '../flavour/csharp.js';
import type { DocsOptions } from '../flavour/flavour.js';
import { groupPages } from '../group-folder.js';
import { childGroups, groupHeadingLevel, groupTree } from '../group-tree.js';
import { codeBlock, heading, link, renderTable, strikethrough } from '../markdown.js';
import { ModelIndex } from '../model-index.js';
import { csharpDocMethodName } from '../operations/csharp-group-page.js';
import { csharpUsage } from '../operations/csharp-usage.js';
import { callShape, declaredErrors, operationsOf } from '../operations/operation-facts.js';
import { apiSummary, resolvedUrl, renderReadme, renderUsage, schemeLabel, type ReadmeSection } from './readme-layout.js';
import { csharpNames, type CsharpNames } from '../../surface/csharp/index.js';

interface Ctx {
  api: ApiModel;
  options: DocsOptions;
  index: ModelIndex;
  flavour: CsharpFlavour;
  surface: CsharpSurface;
  /** `<root namespace>.Utils`, where the runtime's settings classes live. */
  utils: string;
  ctor: ReturnType<typeof sdkConstructorArguments>;
  /** Runtime error classes by their template name (`SDKError`), as the target named them. */
  runtime: ReadonlyMap<string, string>;
  classNames: ReadonlyMap<string, string>;
}

export function csharpPackageDocs(api: ApiModel, options: DocsOptions, names: CsharpNames = csharpNames(api, options.sdkClassName)): EmittedFile[] {
  const index = new ModelIndex(api);
  const ctx: Ctx = {
    api,
    options,
    index,
    flavour: new CsharpFlavour(index, names),
    surface: names.sdk,
    utils: `${options.packageName}.Utils`,
    ctor: sdkConstructorArguments(api.securitySchemes),
    runtime: names.runtimeClassNames,
    classNames: names.classNames,
  };
  const example = preferCurrent(groupedFirst(ctx));
  const usage = usageSection(ctx, example);
  const sections = [installation(ctx), usage, authentication(ctx), operations(ctx), retries(ctx, example), errorHandling(ctx), serverSelection(ctx), customHttpClient(ctx), debugging(ctx)];
  return [
    { path: 'README.md', contents: renderReadme(options.packageName, apiSummary(api.info, 'C#'), sections), userEditable: true },
    { path: 'USAGE.md', contents: renderUsage(usage), userEditable: true },
  ];
}

/** The operations of the groups in order, then the SDK class's own. */
function groupedFirst(ctx: Ctx): Operation[] {
  const byId = new Map(ctx.api.operations.map((o) => [o.id, o]));
  return [...ctx.surface.groups.flatMap((g) => g.operationIds), ...ctx.surface.rootOperationIds].map((id) => byId.get(id)!);
}

/** Examples should not teach what is going away. */
function preferCurrent(ops: Operation[]): Operation | undefined {
  return ops.find((o) => !o.deprecated) ?? ops[0];
}

/** The operation's usage program, as its group page shows it (optionally with one more argument). */
function usageOf(ctx: Ctx, op: Operation, trailingArgument?: string): string {
  const group = ctx.surface.groups.find((g) => g.operationIds.includes(op.id));
  const settings = { ...ctx.options, groupAccessor: group?.propertyName ?? '', methodName: csharpDocMethodName(ctx.surface, op), trailingArgument };
  return csharpUsage(op, callShape(op, ctx.index, MAX_METHOD_PARAMS), settings, ctx.index, ctx.flavour);
}

function installation(ctx: Ctx): ReadmeSection {
  const project = `${csNamespace(ctx.options.packageName).replace(/@/g, '')}.csproj`;
  const body = [
    `The SDK is a .NET 8 class library without package dependencies. Reference the project from yours:`,
    codeBlock('bash', `dotnet add reference path/to/${project}`),
    'or pack it with `dotnet pack` and add the package from your feed with `dotnet add package`.',
  ];
  return { id: 'installation', title: 'SDK Installation', body: body.join('\n\n') };
}

function usageSection(ctx: Ctx, example: Operation | undefined): ReadmeSection {
  const body = example ? [heading(3, 'Example'), usageOf(ctx, example)].join('\n\n') : 'The API description declares no operations.';
  return { id: 'usage', title: 'SDK Example Usage', body };
}

function authentication(ctx: Ctx): ReadmeSection {
  const { api, options } = ctx;
  if (api.securitySchemes.length === 0) return { id: 'security', title: 'Authentication', body: 'The API description declares no security schemes: the SDK sends no credentials.' };
  const rows = api.securitySchemes.map((s, i) => [`\`${ctx.ctor.schemes[i]}\``, schemeLabel(s), credentialType(ctx, s)]);
  const args = api.securitySchemes.map((s, i) => `    ${ctx.ctor.schemes[i]}: ${credentialValue(ctx, s)}`);
  const code = [
    `using ${options.packageName};`,
    '',
    '// The SDK reads no environment variable itself: where a secret comes from is up to the program.',
    `var sdk = new ${options.sdkClassName}(`,
    args.join(',\n'),
    ');',
  ];
  const body = [
    `Each security scheme of the API description is an argument of the \`${options.sdkClassName}\` constructor. An operation is sent with the first of its security requirements whose credentials were all given, and without credentials when none was.`,
    renderTable(['Argument', 'Scheme', 'Credential'], rows),
    codeBlock('csharp', code.join('\n')),
  ];
  const sourced = ctx.ctor.sources.findIndex((source) => source !== undefined);
  if (sourced >= 0) {
    body.push(
      `A string credential can also come from a function asked on every request (\`${ctx.ctor.sources[sourced]}\`: a \`Func<string>\`), for tokens that rotate; a value given as \`${ctx.ctor.schemes[sourced]}\` wins over it.`,
    );
  }
  if (api.securitySchemes.some((s) => schemeKind(s).credential === 'clientCredentials')) {
    body.push('With OAuth2 client credentials the SDK fetches the access token itself, caches it, and fetches a new one shortly before it expires.');
  }
  return { id: 'security', title: 'Authentication', body: body.join('\n\n') };
}

function credentialType(ctx: Ctx, s: SecurityScheme): string {
  const kind = schemeKind(s).credential;
  if (kind === 'basic') return `\`${ctx.utils}.BasicAuth\` (username, password)`;
  if (kind === 'clientCredentials') return `\`${ctx.utils}.ClientCredentials\` (client id, client secret)`;
  return '`string`';
}

/** A value of the scheme's credential type, from an environment variable the program names. */
function credentialValue(ctx: Ctx, s: SecurityScheme): string {
  const env = (suffix: string) => `Environment.GetEnvironmentVariable("${securityEnvVar(envPrefix(ctx.options.sdkClassName), s.key)}${suffix}") ?? ""`;
  const kind = schemeKind(s).credential;
  if (kind === 'basic') return `new ${ctx.utils}.BasicAuth(${env('_USERNAME')}, ${env('_PASSWORD')})`;
  if (kind === 'clientCredentials') return `new ${ctx.utils}.ClientCredentials(${env('_CLIENT_ID')}, ${env('_CLIENT_SECRET')})`;
  return env('');
}

function operations(ctx: Ctx): ReadmeSection {
  const list = (page: string, ops: Operation[]) =>
    ops.map((op) => {
      const name = csharpDocMethodName(ctx.surface, op);
      const summary = op.summary ? ` - ${op.summary}` : '';
      return `* ${link(op.deprecated ? strikethrough(name) : name, `${page}#${name.toLowerCase()}`)}${summary}${op.deprecated ? ' :warning: **Deprecated**' : ''}`;
    });
  const pages = groupPages(
    ctx.api.groups.map((g) => g.name),
    ctx.options.sdkClassName,
  );
  // Nested as the tags nest them (3.2 `parent`); a group that only nests others has a page but no property.
  const shown = groupTree(ctx.api).filter(({ group }) => ctx.surface.groups.some((g) => g.name === group.name) || childGroups(ctx.api, group.name).length > 0);
  const blocks = shown.map(({ group, depth }) => {
    const page = pages.groups.get(group.name)!;
    const inCode = ctx.surface.groups.find((g) => g.name === group.name);
    const parts = [heading(groupHeadingLevel(depth), link(inCode?.propertyName ?? csharpGroupClassName(group.name), page)), ...(group.summary ? [group.summary] : [])];
    if (inCode) parts.push(list(page, operationsOf(ctx.api.operations, group.name)).join('\n'));
    return parts.join('\n\n');
  });
  const root = ctx.surface.rootOperationIds;
  if (root.length > 0) {
    const page = pages.root;
    blocks.push(`${heading(3, link(ctx.options.sdkClassName, page))}\n\n${list(page, operationsOf(ctx.api.operations, undefined)).join('\n')}`);
  }
  const body =
    blocks.length > 0
      ? [
          `Each group of operations is a property of \`${ctx.options.sdkClassName}\`, and operations without a group are its own methods; every method is asynchronous and ends in \`Async\`.${nestingNote(ctx)}${streamNote(ctx)}`,
          ...blocks,
        ].join('\n\n')
      : 'The API description declares no operations.';
  return { id: 'operations', title: 'Available Resources and Operations', body };
}

/** Nested groups (3.2 tag `parent`) are nested in the list only: the SDK's groups stay flat. */
function nestingNote(ctx: Ctx): string {
  const node = groupTree(ctx.api).find((n) => n.depth > 0 && ctx.surface.groups.some((g) => g.name === n.group.name));
  if (!node) return '';
  const nested = ctx.surface.groups.find((g) => g.name === node.group.name)!;
  const parent = ctx.surface.groups.find((g) => g.name === node.group.parent)?.propertyName ?? csharpGroupClassName(node.group.parent!);
  return ` A group nested in another (an OpenAPI 3.2 tag \`parent\`) is listed under it, and is still a property of \`${ctx.options.sdkClassName}\` itself: \`sdk.${nested.propertyName}\`, not \`sdk.${parent}.${nested.propertyName}\`.`;
}

/** The C# client has no item reader for streams (targets/csharp/limitations.ts): said where it matters. */
function streamNote(ctx: Ctx): string {
  if (!ctx.api.operations.some((op) => op.responses.some((r) => !r.isError && r.contents[0]?.sequence !== undefined))) return '';
  return ' An operation that answers with a stream of items (an OpenAPI 3.2 `itemSchema` on JSON Lines, `application/json-seq` or `text/event-stream`) returns its body as a raw `System.IO.Stream`, read whole before the call returns: this SDK does not split or parse such streams, the calling code does.';
}

function retries(ctx: Ctx, example: Operation | undefined): ReadmeSection {
  const { options, utils } = ctx;
  const withPolicy = ctx.api.operations.filter((o) => o.retries !== undefined).length;
  const byDefault = ctx.api.retries
    ? withPolicy === 0
      ? 'The API description sets a retry policy for the whole API, which every operation follows by default.'
      : `The API description sets a retry policy for the whole API and its own for ${withPolicy} of ${ctx.api.operations.length} operations; each operation follows its own by default, else the API's.`
    : withPolicy === 0
      ? 'The API description sets no retry policy, so by default every request is sent once.'
      : `The API description sets a retry policy for ${withPolicy} of ${ctx.api.operations.length} operations, which those operations follow by default; the others are sent once.`;
  const body = [
    `${byDefault} A \`${utils}.RetryConfig\` given to the constructor (\`${ctx.ctor.retryConfig}\`) applies to every call, and one in a call's \`RequestOptions\` to that call alone; the call's wins. The backoff grows by \`Exponent\` from \`InitialIntervalMs\` up to \`MaxIntervalMs\`, with some jitter; a \`Retry-After\` header sets the wait instead unless \`HonorRetryAfter\` is false, and no retry starts after \`MaxElapsedTimeMs\`.`,
    codeBlock(
      'csharp',
      [
        `using ${options.packageName};`,
        '',
        `var sdk = new ${options.sdkClassName}(${ctx.ctor.retryConfig}: new ${utils}.RetryConfig`,
        '{',
        `    Strategy = ${utils}.RetryStrategy.Backoff,`,
        `    Backoff = new ${utils}.BackoffStrategy { InitialIntervalMs = 500, MaxIntervalMs = 30000, Exponent = 1.5, MaxElapsedTimeMs = 120000 },`,
        '    StatusCodes = new[] { "429", "5XX" },',
        '    RetryConnectionErrors = true,',
        '    MaxAttempts = 5,',
        '});',
      ].join('\n'),
    ),
  ];
  body.push(
    "The reference generator's constructor form compiles too (status codes stay `5XX` unless an initializer sets `StatusCodes`):",
    codeBlock(
      'csharp',
      [
        `using ${options.packageName};`,
        `using ${utils};`,
        '',
        `var sdk = new ${options.sdkClassName}(${ctx.ctor.retryConfig}: new RetryConfig(`,
        '    strategy: RetryConfig.RetryStrategy.BACKOFF,',
        '    backoff: new BackoffStrategy(initialIntervalMs: 1L, maxIntervalMs: 50L, maxElapsedTimeMs: 100L, exponent: 1.1),',
        '    retryConnectionErrors: false',
        '));',
      ].join('\n'),
    ),
  );
  if (example) {
    const trailing = csharpTrailingArguments(ctx.flavour.names.methodInputs.get(example.id)!).options;
    body.push('For one call:', usageOf(ctx, example, `${trailing}: new ${utils}.RequestOptions { Retries = ${utils}.RetryConfig.None }`));
  }
  body.push(
    `\`RequestOptions\` also sets a \`Timeout\` per attempt (the constructor's \`${ctx.ctor.timeout}\` does it for every call) and extra \`Headers\`; every method takes a \`CancellationToken\` last.`,
  );
  return { id: 'retries', title: 'Retries', body: body.join('\n\n') };
}

function errorHandling(ctx: Ctx): ReadmeSection {
  const errors = `${ctx.options.packageName}.Models.Errors`;
  const name = (token: string) => ctx.runtime.get(token) ?? token;
  const declared = new Map<string, string>();
  for (const op of ctx.api.operations) for (const row of declaredErrors(op, ctx.index)) declared.set(row.model.id, ctx.classNames.get(row.model.id) ?? row.model.name);
  const rows = [
    ...[...declared.values()].map((c) => [`${errors}.${c}`, 'A declared error response; the exception has the fields of its body.']),
    [`${errors}.${name('SDKError')}`, 'Any other 4XX or 5XX response.'],
    [`${errors}.${name('ApiException')}`, 'Base class of the two above: `StatusCode`, `Body` (the body as text), `RawResponse`.'],
    [`${errors}.${name('ConnectionException')}`, 'The server could not be reached, or the connection broke.'],
    [`${errors}.${name('RequestTimeoutException')}`, 'An attempt ran out of time (cancelling the token throws `OperationCanceledException` instead).'],
    [`${errors}.${name('TransportException')}`, 'Base class of the two above.'],
    [`${errors}.${name('ResponseValidationException')}`, 'A success response whose body does not match the API description.'],
  ].map(([c, when]) => [`\`${c}\``, when]);
  const body = ['Methods throw on failure:', renderTable(['Exception', 'When'], rows)];
  const op = preferCurrent(groupedFirst(ctx).filter((o) => declaredErrors(o, ctx.index).length > 0)) ?? preferCurrent(groupedFirst(ctx));
  if (op) {
    const first = declaredErrors(op, ctx.index)[0];
    const catches = [
      ...(first
        ? [
            `catch (${errors}.${ctx.classNames.get(first.model.id) ?? first.model.name} e)`,
            '{',
            "    // A declared error: its body is in the exception's properties.",
            '    Console.WriteLine(e.StatusCode);',
            '}',
          ]
        : []),
      `catch (${errors}.${name('ApiException')} e)`,
      '{',
      '    Console.WriteLine($"{e.StatusCode}: {e.Body}");',
      '}',
      `catch (${errors}.${name('TransportException')} e)`,
      '{',
      '    Console.WriteLine(e.Message);',
      '}',
    ];
    body.push(codeBlock('csharp', wrapCall(usageOf(ctx, op), catches)));
  }
  return { id: 'errors', title: 'Error Handling', body: body.join('\n\n') };
}

/** Puts the call of a usage program (from `var res = await` to its end) in a try block. */
function wrapCall(program: string, catches: string[]): string {
  const lines = program.replace(/^```csharp\n|\n```$/g, '').split('\n');
  const start = lines.findIndex((l) => l.startsWith('var res = await'));
  const end = lines.indexOf('// handle response');
  const call = lines.slice(start, end).filter((l, i, all) => !(l === '' && i === all.length - 1));
  const wrapped = [...lines.slice(0, start), 'try', '{', ...call.map((l) => (l === '' ? l : `    ${l}`)), '    // handle response', '}', ...catches];
  return wrapped.join('\n');
}

function serverSelection(ctx: Ctx): ReadmeSection {
  const { api, options } = ctx;
  const body: string[] = [];
  const lines = [`using ${options.packageName};`, ''];
  if (api.servers.length > 0) {
    body.push(`The SDK calls the first server of the API description unless told otherwise; \`${ctx.ctor.serverIndex}\` picks another one:`);
    body.push(
      renderTable(
        ['#', 'Server', 'Variables'],
        api.servers.map((s, i) => [String(i), `\`${s.url}\``, s.variables.map((v) => `\`${v.name}\` (default \`${v.default}\`)`).join(', ')]),
      ),
    );
    const variables = api.servers[0].variables;
    if (variables.length > 0) {
      body.push(`\`${ctx.ctor.serverVariables}\` gives values to the variables of the server URL; the ones left out take their defaults.`);
      lines.push(
        `var chosen = new ${options.sdkClassName}(${ctx.ctor.serverIndex}: 0, ${ctx.ctor.serverVariables}: new Dictionary<string, string> { [${JSON.stringify(variables[0].name)}] = ${JSON.stringify(variables[0].default)} });`,
      );
    } else {
      lines.push(`var chosen = new ${options.sdkClassName}(${ctx.ctor.serverIndex}: 0);`);
    }
  } else {
    body.push(`The API description lists no server: pass \`${ctx.ctor.serverUrl}\`.`);
  }
  const url = api.servers[0] ? resolvedUrl(api.servers[0]) : 'https://api.example.com';
  body.push(`\`${ctx.ctor.serverUrl}\` replaces the server for every call, and \`RequestOptions.ServerUrl\` for one call. Operations that declare servers of their own use those.`);
  lines.push(`var replaced = new ${options.sdkClassName}(${ctx.ctor.serverUrl}: ${JSON.stringify(url)});`);
  body.push(codeBlock('csharp', lines.join('\n')));
  return { id: 'server', title: 'Server Selection', body: body.join('\n\n') };
}

function customHttpClient(ctx: Ctx): ReadmeSection {
  const { options } = ctx;
  const code = [
    `using ${options.packageName};`,
    '',
    'var httpClient = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });',
    'httpClient.DefaultRequestHeaders.Add("x-client-name", "my-app");',
    `var sdk = new ${options.sdkClassName}(${ctx.ctor.httpClient}: httpClient, ${ctx.ctor.timeout}: TimeSpan.FromSeconds(30));`,
  ];
  const custom = [
    `using ${options.packageName};`,
    `using ${ctx.utils};`,
    '',
    `var sdk = new ${options.sdkClassName}(${ctx.ctor.client}: new CountingClient());`,
    '',
    '// Sees every attempt; the SDK still applies its retries, timeouts and credentials around it.',
    'class CountingClient : SpeakeasyHttpClient',
    '{',
    '    public int Sent { get; private set; }',
    '',
    '    public override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)',
    '    {',
    '        Sent++;',
    '        return base.SendAsync(request);',
    '    }',
    '}',
  ];
  const body = [
    `By default all SDK instances share one \`HttpClient\`. Pass your own as \`${ctx.ctor.httpClient}\` to choose its handler (proxy, certificates, connection pooling, a \`DelegatingHandler\` of your own) and its default headers. \`${ctx.ctor.timeout}\` limits each attempt; mind that an \`HttpClient\` of your own also applies its \`Timeout\` (100 seconds unless you change it).`,
    codeBlock('csharp', code.join('\n')),
    `\`${ctx.ctor.client}\` takes an \`${ctx.utils}.ISpeakeasyHttpClient\` instead, the interface of the reference generator's SDKs: implement its \`SendAsync\`, or derive from \`SpeakeasyHttpClient\` (over an \`HttpClient\` of your choice) and override it. When both are given, \`${ctx.ctor.client}\` sends.`,
    codeBlock('csharp', custom.join('\n')),
  ];
  return { id: 'http-client', title: 'Custom HTTP Client', body: body.join('\n\n') };
}

function debugging(ctx: Ctx): ReadmeSection {
  const body = `The C# SDK has no logging of its own. To watch its traffic, give it an \`HttpClient\` whose handler chain includes a \`DelegatingHandler\` that logs requests and responses (see ${link('Custom HTTP Client', '#custom-http-client')}). Every API exception carries the response: \`StatusCode\`, \`Body\` and \`RawResponse\` of \`${ctx.options.packageName}.Models.Errors.${ctx.runtime.get('ApiException') ?? 'ApiException'}\`.`;
  return { id: 'debug', title: 'Debugging', body };
}
