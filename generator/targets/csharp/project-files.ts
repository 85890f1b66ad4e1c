/** The project file: a .NET 8 class library with no package references. */
import type { CsContext } from './context.js';

export function csprojFile(ctx: CsContext): { path: string; contents: string } {
  const name = ctx.rootNamespace.replace(/@/g, '');
  const contents = [
    '<Project Sdk="Microsoft.NET.Sdk">',
    '',
    '  <PropertyGroup>',
    '    <TargetFramework>net8.0</TargetFramework>',
    `    <RootNamespace>${name}</RootNamespace>`,
    `    <AssemblyName>${name}</AssemblyName>`,
    `    <PackageId>${name}</PackageId>`,
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
