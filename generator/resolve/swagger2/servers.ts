import { built, stringList, type Json, type UpgradeContext } from './context.js';

/**
 * `schemes` + `host` + `basePath` → one server per scheme. Without `schemes` the 2.0 default is
 * "the scheme the description was fetched with", which is unknown here; https is assumed.
 * Without `host` the URL is relative (the basePath alone).
 */
export function buildServers(ctx: UpgradeContext, doc: Json): Json[] | undefined {
  const host = typeof doc.host === 'string' ? doc.host.replace(/\/+$/, '') : undefined;
  const basePath = typeof doc.basePath === 'string' ? doc.basePath : '';
  if (host === undefined && basePath === '') return undefined;
  const where = host !== undefined ? 'host' : 'basePath';
  const server = (url: string): Json => {
    const s = built(ctx, doc);
    s.url = url;
    ctx.provenance.setMemberOrigin(s, 'url', ctx.provenance.memberOrigin(doc, where));
    return s;
  };
  const base = basePath === '/' ? '' : basePath;
  const schemes = stringList(doc.schemes)?.filter((s) => s === 'http' || s === 'https' || s === 'ws' || s === 'wss') ?? [];
  const servers = host === undefined ? [server(basePath)] : (schemes.length > 0 ? schemes : ['https']).map((scheme) => server(`${scheme}://${host}${base}`));
  ctx.provenance.setOrigin(servers, ctx.provenance.memberOrigin(doc, where));
  return servers;
}
