/**
 * The MCP tools of every spec of the shared corpora (../shared: corpus, corpus-extra,
 * corpus-edge/orval): tool names valid and unique, and every input schema a valid JSON Schema
 * (Ajv's 2020-12 meta-schema) of type object whose `$ref`s all resolve inside it. The generated
 * servers of the 26 corpus specs are also type-checked by hand (see the closing note of issue 17).
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { Diagnostics } from '../../../../generator/diagnostics/diagnostic.js';
import { buildModel } from '../../../../generator/ir/build/build-model.js';
import { loadSpec } from '../../../../generator/resolve/index.js';
import { sdkSurface } from '../../../../generator/surface/typescript/sdk-surface.js';
import { EmitContext } from '../../../../generator/targets/typescript/context.js';
import { toolInput } from '../../../../generator/targets/typescript/mcp/input-schema.js';
import { mcpTools } from '../../../../generator/surface/typescript/mcp-tools.js';
import { reportSpecs, sharedSkipReason } from '../../../differential/specs.js';

const skip = sharedSkipReason();

function refsOf(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refsOf(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else refsOf(v, out);
    }
  }
  return out;
}

(skip ? describe.skip : describe)(`MCP tools of the shared corpora${skip ? ` (skipped: ${skip})` : ''}`, () => {
  test('valid names and valid JSON Schema inputs for every operation of every spec that generates', async () => {
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    const problems: string[] = [];
    let specs = 0;
    let tools = 0;
    for (const entry of reportSpecs()) {
      const diagnostics = new Diagnostics();
      const loaded = await loadSpec({ spec: entry.file, overlays: [] }, diagnostics).catch(() => undefined);
      if (!loaded || diagnostics.errors.length > 0) continue;
      const api = buildModel(loaded, diagnostics);
      if (diagnostics.errors.length > 0) continue;
      specs++;
      const ctx = new EmitContext(api);
      const list = mcpTools(sdkSurface(api));
      const lower = new Set<string>();
      for (const tool of list) {
        tools++;
        const where = `${entry.id} ${tool.name}`;
        if (!/^[A-Za-z0-9_-]{1,64}$/.test(tool.name)) problems.push(`${where}: bad name`);
        if (lower.has(tool.name.toLowerCase())) problems.push(`${where}: duplicate name`);
        lower.add(tool.name.toLowerCase());
        const { schema } = toolInput(ctx, tool.operation);
        if (schema.type !== 'object') problems.push(`${where}: input is not an object schema`);
        if (!ajv.validateSchema(schema)) problems.push(`${where}: ${ajv.errorsText(ajv.errors)}`);
        const defs = (schema.$defs ?? {}) as Record<string, unknown>;
        for (const ref of refsOf(schema)) if (!ref.startsWith('#/$defs/') || !(ref.slice(8) in defs)) problems.push(`${where}: unresolved ${ref}`);
      }
    }
    console.log(`MCP tools of the shared corpora: ${tools} tools of ${specs} specs checked, ${problems.length} problems`);
    expect(specs).toBeGreaterThan(300);
    expect(problems.slice(0, 20)).toEqual([]);
  }, 300_000);
});
