/**
 * The C# SDK of the OpenAPI 3.2 fixture (test/fixtures/oas32/library.yaml) under the .NET SDK,
 * offline: the project, the C# snippets of its docs and a small program that uses it build with
 * zero errors and warnings; the program then calls the QUERY, PURGE, querystring and JSON Lines
 * operations against node:http on 127.0.0.1, which records the request lines. A stream of items
 * is a raw Stream in C# (the stream-raw-body warning says so). Skipped without `dotnet`.
 */
import { readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { csharpTarget } from '../../../../generator/targets/csharp/index.js';
import { dotnetSkipReason, removeTree, restoreAndBuild, runDotnet, tempDir, writeSolution, writeTree, type BuildResult } from './support/dotnet.js';
import { generateSpec, type Generated } from './support/generate.js';
import { docSnippets, writeSnippetProject } from './support/snippets.js';

const skip = dotnetSkipReason();
if (skip) console.log(`csharp 3.2 fixture build skipped: ${skip}`);
const maybe = skip ? describe.skip : describe;

const SPEC = resolve('test/fixtures/oas32/library.yaml');

/** Calls four operations against the URL given as its argument and prints what came back. */
const PROGRAM = `using Oas32.Library;
using Oas32.Library.Models.Components;

var sdk = new Library(serverUrl: args[0]);
var found = await sdk.Books.SearchBooksAsync(new BookQuery { Text = "dune", Limit = 5 });
Console.WriteLine($"search: {found.BookList![0].Title} {found.BookList[0].PublishedAt:yyyy}");
var purged = await sdk.Books.PurgeBookAsync("bk_1");
Console.WriteLine($"purge: {purged.HttpMeta.Response.StatusCode}");
var listed = await sdk.Books.ListBooksAsync(new BookFilter { Author = "Frank Herbert", Genre = new() { "sf", "classic" }, Available = true });
Console.WriteLine($"list: {listed.BookList!.Count}");
var changes = await sdk.Feeds.StreamBookChangesAsync();
using var reader = new StreamReader(changes.BookChange!);
Console.WriteLine($"stream: {(await reader.ReadToEndAsync()).Trim().Replace("\\n", " | ")}");
`;

const RUNNER = `<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <UseAppHost>false</UseAppHost>
    <RollForward>Major</RollForward>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
  </PropertyGroup>
  <ItemGroup><ProjectReference Include="../lib/Oas32.Library.csproj" /></ItemGroup>
</Project>
`;

const BOOK = { id: 'bk_1', title: 'Dune', published_at: '1965-08-01T00:00:00Z' };

maybe('the C# SDK of the 3.2 fixture', () => {
  const dir = skip ? '' : tempDir('oas32');
  let generated: Generated;
  let build: BuildResult;

  beforeAll(async () => {
    generated = await generateSpec(SPEC, [], 'Oas32.Library', 'Library');
    writeTree(join(dir, 'lib'), generated.files);
    const snippets = writeSnippetProject(join(dir, 'snippets'), docSnippets(generated.files), '../lib/Oas32.Library.csproj');
    mkdirSync(join(dir, 'run'));
    writeFileSync(join(dir, 'run', 'Runner.csproj'), RUNNER);
    writeFileSync(join(dir, 'run', 'Program.cs'), PROGRAM);
    writeSolution(join(dir, 'all.slnx'), ['lib/Oas32.Library.csproj', snippets.slice(dir.length + 1), 'run/Runner.csproj']);
    build = await restoreAndBuild('all.slnx', dir);
  }, 600_000);

  afterAll(() => {
    if (dir) removeTree(dir);
  });

  test('project, doc snippets and program build with zero errors and warnings', () => {
    expect(build.errors).toEqual([]);
    expect(build.warnings).toEqual([]);
    if (build.code !== 0) throw new Error(build.output.slice(-4000));
  });

  test('methods are sent as written, the querystring is the whole query string, a stream is raw', async () => {
    const seen: string[] = [];
    const server: Server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        seen.push(`${req.method} ${req.url}`);
        if (req.method === 'PURGE') return void res.writeHead(204).end();
        if (req.url?.startsWith('/feeds/')) return void res.writeHead(200, { 'content-type': 'application/jsonl' }).end('{"kind":"added","book_id":"a"}\n{"kind":"removed","book_id":"b"}\n');
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify([BOOK]));
      });
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    try {
      const out = join(dir, 'run', 'bin', 'Debug');
      const dll = join(out, readdirSync(out)[0], 'Runner.dll');
      const run = await runDotnet([dll, `http://127.0.0.1:${(server.address() as AddressInfo).port}`], dir, 120_000);
      expect(run.output.trim().split('\n')).toEqual(['search: Dune 1965', 'purge: NoContent', 'list: 1', 'stream: {"kind":"added","book_id":"a"} | {"kind":"removed","book_id":"b"}']);
      expect(seen).toEqual(['QUERY /books/search', 'PURGE /books/bk_1', 'GET /books?author=Frank%20Herbert&genre=sf&genre=classic&available=true', 'GET /feeds/books.jsonl']);
    } finally {
      await new Promise((done) => server.close(done));
    }
  }, 120_000);

  test('each stream of items is a stream-raw-body warning', () => {
    const warnings = csharpTarget.limitations!(generated.api);
    expect(warnings.map((w) => [w.code, w.pointer])).toEqual([
      ['stream-raw-body', '#/paths/~1feeds~1books.jsonl/get'],
      ['stream-raw-body', '#/paths/~1feeds~1books.ndjson/get'],
      ['stream-raw-body', '#/paths/~1feeds~1books.seq/get'],
      ['stream-raw-body', '#/paths/~1feeds~1books.sse/get'],
    ]);
  });
});
