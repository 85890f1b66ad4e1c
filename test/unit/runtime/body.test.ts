/** Request bodies: JSON, form, multipart (read back with the platform's own parser), raw bytes and text. */
import { bodyKind, encoderFor, type BodyEncoding, type BodyKind } from '../../../templates/runtime/typescript/body.js';

const encodeBody = async (enc: BodyEncoding & { kind: BodyKind }, value: unknown) => encoderFor(enc.kind)(enc, value);

async function form(body: BodyInit, contentType: string): Promise<FormData> {
  return new Response(body, { headers: { 'content-type': contentType } }).formData();
}

describe('encodeBody', () => {
  test('media types choose the encoding', () => {
    expect(
      [
        'application/json',
        'application/vnd.api+json',
        'text/json',
        'application/x-www-form-urlencoded',
        'multipart/form-data',
        'multipart/mixed',
        'text/plain',
        'application/octet-stream',
        'image/png',
        '*/*',
      ].map(bodyKind),
    ).toEqual(['json', 'json', 'json', 'form', 'multipart', 'multipart', 'text', 'binary', 'binary', 'binary']);
  });

  test('JSON keeps the declared media type', async () => {
    const e = await encodeBody({ kind: 'json', mediaType: 'application/vnd.api+json' }, { a: [1, null] });
    expect(e).toEqual({ body: '{"a":[1,null]}', contentType: 'application/vnd.api+json', replayable: true });
  });

  test('form-urlencoded: arrays repeat, objects explode, encodings apply', async () => {
    const e = await encodeBody(
      { kind: 'form', mediaType: 'application/x-www-form-urlencoded', encoding: { meta: { contentType: 'application/json' }, filter: { style: 'deepObject', explode: true } } },
      { name: 'a b', tags: ['x', 'y'], meta: { k: 1 }, filter: { s: 'on' }, skip: undefined },
    );
    expect(e.body).toBe('name=a%20b&tags=x&tags=y&meta=%7B%22k%22%3A1%7D&filter[s]=on');
    expect(Object.fromEntries(new URLSearchParams(e.body as string))).toEqual({ name: 'a b', tags: 'y', meta: '{"k":1}', 'filter[s]': 'on' });
  });

  test('multipart: files, arrays, nested JSON parts, per-part content types', async () => {
    const stream = new Blob(['streamed']).stream();
    const e = await encodeBody(
      { kind: 'multipart', mediaType: 'multipart/form-data', encoding: { note: { contentType: 'text/markdown' } } },
      {
        name: 'Ann "quoted"',
        count: 3,
        file: new File(['hello'], 'hello.txt', { type: 'text/plain' }),
        blob: new Blob([new Uint8Array([1, 2, 3])]),
        bytes: { fileName: 'b.bin', content: new Uint8Array([9]) },
        stream,
        tags: ['a', 'b'],
        meta: { deep: { x: 1 } },
        note: '# hi',
        absent: undefined,
      },
    );
    expect(e.contentType).toMatch(/^multipart\/form-data; boundary=/);
    const text = await new Response(e.body).text();
    expect(text).toContain('Content-Disposition: form-data; name="meta"\r\nContent-Type: application/json\r\n\r\n{"deep":{"x":1}}');
    expect(text).toContain('Content-Disposition: form-data; name="note"\r\nContent-Type: text/markdown');
    const parsed = await form(e.body, e.contentType!);
    expect(parsed.get('name')).toBe('Ann "quoted"');
    expect(parsed.get('count')).toBe('3');
    const file = parsed.get('file') as File;
    expect([file.name, file.type, await file.text()]).toEqual(['hello.txt', 'text/plain', 'hello']);
    expect(new Uint8Array(await (parsed.get('blob') as File).arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
    // A file without a name is "blob", as FormData names it (and so the reference SDK sends it).
    expect([(parsed.get('blob') as File).name, (parsed.get('stream') as File).name]).toEqual(['blob', 'blob']);
    expect((parsed.get('bytes') as File).name).toBe('b.bin');
    expect(await (parsed.get('stream') as File).text()).toBe('streamed');
    expect(parsed.getAll('tags')).toEqual(['a', 'b']);
    expect(parsed.has('absent')).toBe(false);
  });

  test('binary: bytes and blobs are replayable, streams are not; wildcards take the file type', async () => {
    expect(await encodeBody({ kind: 'binary', mediaType: 'application/octet-stream' }, new Uint8Array([1]))).toMatchObject({ contentType: 'application/octet-stream', replayable: true });
    expect(await encodeBody({ kind: 'binary', mediaType: 'image/*' }, new Blob(['x'], { type: 'image/png' }))).toMatchObject({ contentType: 'image/png', replayable: true });
    expect(await encodeBody({ kind: 'binary', mediaType: '*/*' }, new Blob(['x']))).toMatchObject({ contentType: 'application/octet-stream' });
    expect(await encodeBody({ kind: 'binary', mediaType: 'application/pdf' }, new Blob(['x']).stream())).toMatchObject({ replayable: false });
  });

  test('text is sent as it is', async () => {
    expect(await encodeBody({ kind: 'text', mediaType: 'text/plain' }, 'hi')).toEqual({ body: 'hi', contentType: 'text/plain', replayable: true });
  });
});
