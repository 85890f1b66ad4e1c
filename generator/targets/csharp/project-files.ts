/** The project file: a .NET 8 class library with no package references. */
import { readFileSync } from 'node:fs';
import type { CsContext } from './context.js';

/** Version written into the project file and the User-Agent (the TypeScript target's too). */
export const CSHARP_PACKAGE_VERSION = '0.0.1';

/** Assembly and package name: the root namespace without keyword escapes. */
export function csPackageName(ctx: CsContext): string {
  return ctx.rootNamespace.replace(/@/g, '');
}

let generatorVersion: string | undefined;

/** sdkwright's own version; package.json is three folders up from generator/targets/csharp and dist/targets/csharp. */
function sdkwrightVersion(): string {
  generatorVersion ??= (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  return generatorVersion;
}

/**
 * `sdkwright/csharp <sdk version> <sdkwright version> <API version> <package id>`: the fields of
 * the reference generator's `speakeasy-sdk/csharp …`, in its order.
 */
export function csUserAgent(ctx: CsContext): string {
  return `sdkwright/csharp ${CSHARP_PACKAGE_VERSION} ${sdkwrightVersion()} ${ctx.api.info.version} ${csPackageName(ctx)}`;
}

export function csprojFile(ctx: CsContext): { path: string; contents: string } {
  const name = csPackageName(ctx);
  const contents = [
    '<Project Sdk="Microsoft.NET.Sdk">',
    '',
    '  <PropertyGroup>',
    '    <TargetFramework>net8.0</TargetFramework>',
    `    <RootNamespace>${name}</RootNamespace>`,
    `    <AssemblyName>${name}</AssemblyName>`,
    `    <PackageId>${name}</PackageId>`,
    `    <Version>${CSHARP_PACKAGE_VERSION}</Version>`,
    '    <Nullable>enable</Nullable>',
    '    <LangVersion>12</LangVersion>',
    '    <ImplicitUsings>disable</ImplicitUsings>',
    '    <GenerateDocumentationFile>true</GenerateDocumentationFile>',
    // Members without a description have no comment to give.
    '    <NoWarn>$(NoWarn);CS1591</NoWarn>',
    '    <Deterministic>true</Deterministic>',
    '  </PropertyGroup>',
    '',
    '  <ItemGroup>',
    '    <None Include="docs/**/*.md" />',
    '  </ItemGroup>',
    '',
    '</Project>',
    '',
  ].join('\n');
  return { path: `${name}.csproj`, contents };
}
