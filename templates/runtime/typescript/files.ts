/** Files and raw bytes the caller hands to the SDK, for binary and multipart bodies. */

/** Raw content: a Blob (or File), a web stream, bytes, or text. */
export type FileContent = Blob | ReadableStream<Uint8Array> | Uint8Array | ArrayBuffer | string;

/** A file to upload: raw content, or content with the file name and media type to send. */
export type FileInput = FileContent | { fileName?: string | undefined; content: FileContent; contentType?: string | undefined };

export function isFileContent(value: unknown): value is Exclude<FileContent, string> {
  return (
    (typeof Blob !== "undefined" && value instanceof Blob) || (typeof ReadableStream !== "undefined" && value instanceof ReadableStream) || value instanceof Uint8Array || value instanceof ArrayBuffer
  );
}

/** A `{ content }` wrapper, told apart from a JSON object by its content being file-like. */
export function isFileWrapper(value: unknown): value is { fileName?: string; content: FileContent; contentType?: string } {
  if (typeof value !== "object" || value === null || !("content" in value)) return false;
  const content = (value as { content: unknown }).content;
  return isFileContent(content) || (typeof content === "string" && ("fileName" in value || "contentType" in value));
}

/** Name and media type of a file, where it carries them. */
export function fileInfo(value: FileInput): { fileName?: string | undefined; contentType?: string | undefined } {
  if (isFileWrapper(value)) return { fileName: value.fileName ?? nameOf(value.content), contentType: value.contentType ?? typeOf(value.content) };
  return { fileName: nameOf(value), contentType: typeOf(value) };
}

function nameOf(content: FileContent): string | undefined {
  return typeof File !== "undefined" && content instanceof File && content.name ? content.name : undefined;
}

function typeOf(content: FileContent): string | undefined {
  return typeof Blob !== "undefined" && content instanceof Blob && content.type ? content.type : undefined;
}

export function fileContent(value: FileInput): FileContent {
  return isFileWrapper(value) ? value.content : value;
}

/** The content as a Blob. Streams are read to the end first: multipart bodies need a length. */
export async function toBlob(content: FileContent, type?: string): Promise<Blob> {
  if (content instanceof Blob) return type && !content.type ? new Blob([content], { type }) : content;
  if (content instanceof ReadableStream) return new Blob([await new Response(content).arrayBuffer()], type ? { type } : {});
  const part: BlobPart = content instanceof Uint8Array ? (content as Uint8Array<ArrayBuffer>) : content;
  return new Blob([part], type ? { type } : {});
}

/** A binary response (or any byte stream) read to the end: the reference SDK's `files.readableStreamToArrayBuffer`. */
export async function readableStreamToArrayBuffer(stream: ReadableStream<Uint8Array>): Promise<ArrayBuffer> {
  return new Response(stream).arrayBuffer();
}
