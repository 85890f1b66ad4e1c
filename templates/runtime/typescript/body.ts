/**
 * Request bodies. The value arrives in its wire form (`X$toWire` already applied); this module
 * only chooses the bytes and the Content-Type.
 */
import { fileContent, fileInfo, isFileContent, isFileWrapper, toBlob, type FileInput } from "./files.js";
import { encodeQueryParam, scalar, type ParamStyle } from "./params.js";

export type BodyKind = "json" | "form" | "multipart" | "binary" | "text";

export interface PropertyEncoding {
  contentType?: string;
  style?: ParamStyle;
  explode?: boolean;
}

export interface BodyEncoding {
  mediaType: string;
  /** Per-property encoding of form and multipart bodies (OpenAPI Encoding Object). */
  encoding?: Readonly<Record<string, PropertyEncoding>>;
}

export interface EncodedBody {
  body: BodyInit;
  /** Undefined when the body type sets it (none do today; kept for clarity at the call site). */
  contentType: string | undefined;
  /** A stream can be sent once: such a request is never retried. */
  replayable: boolean;
}

/** The kind of body a media type calls for. */
export function bodyKind(mediaType: string): BodyKind {
  const type = mediaType.split(";")[0]!.trim().toLowerCase();
  if (type === "application/json" || type.endsWith("+json") || type === "text/json" || type.startsWith("text/json")) return "json";
  if (type === "application/x-www-form-urlencoded") return "form";
  if (type.startsWith("multipart/")) return "multipart";
  if (type.startsWith("text/")) return "text";
  return "binary";
}

/** Turns a body's wire value into bytes. Operations name theirs, so bundles keep only the ones used. */
export type BodyEncoder = (enc: BodyEncoding, value: unknown) => EncodedBody | Promise<EncodedBody>;

/** The encoder for a kind of body (the generator picks it from the media type with `bodyKind`). */
export function encoderFor(kind: BodyKind): BodyEncoder {
  return { json: encodeJSON, text: encodeText, form: encodeForm, multipart: encodeMultipart, binary: encodeBinary }[kind];
}

export const encodeJSON: BodyEncoder = (enc, value) => ({ body: JSON.stringify(value), contentType: enc.mediaType, replayable: true });

export const encodeText: BodyEncoder = (enc, value) => ({ body: scalar(value), contentType: enc.mediaType, replayable: true });

export const encodeForm: BodyEncoder = (enc, value) => ({ body: formText(enc, value), contentType: enc.mediaType, replayable: true });

function formText(enc: BodyEncoding, value: unknown): string {
  if (typeof value !== "object" || value === null) return "";
  const pairs: string[] = [];
  for (const [key, item] of Object.entries(value)) {
    const e = enc.encoding?.[key];
    const json = e?.contentType !== undefined && e.contentType.includes("json");
    const style = e?.style ?? "form";
    pairs.push(...encodeQueryParam({ name: key, style, explode: e?.explode ?? style === "form", json }, item));
  }
  return pairs.join("&");
}

export const encodeBinary: BodyEncoder = (enc, input) => {
  const value = input as FileInput;
  const content = fileContent(value);
  const declared = enc.mediaType.includes("*") ? undefined : enc.mediaType;
  const contentType = declared ?? fileInfo(value).contentType ?? "application/octet-stream";
  const body: BodyInit = content instanceof Uint8Array ? (content as Uint8Array<ArrayBuffer>) : content;
  return { body, contentType, replayable: !(content instanceof ReadableStream) };
};

/**
 * multipart/form-data, written by hand rather than through FormData so that every part can
 * carry its own Content-Type (nested objects go as `application/json` parts, not as files).
 * File contents stay Blobs; nothing is copied into memory except streams.
 */
export const encodeMultipart: BodyEncoder = async (enc, value) => {
  const boundary = `----sdkwright${randomHex()}`;
  const parts: BlobPart[] = [];
  const add = (name: string, headers: string[], content: BlobPart) => {
    parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="${quote(name)}"${headers.join("")}\r\n\r\n`, content, "\r\n");
  };
  const addValue = async (name: string, item: unknown): Promise<void> => {
    if (item === undefined || item === null) return;
    const declared = enc.encoding?.[name]?.contentType;
    if (isFileContent(item) || isFileWrapper(item)) {
      const info = fileInfo(item as FileInput);
      const type = info.contentType ?? (declared && !declared.includes("*") ? declared : "application/octet-stream");
      const blob = await toBlob(fileContent(item as FileInput));
      // A file without a name is "blob", as FormData (and so the reference SDK) names it.
      add(name, [`; filename="${quote(info.fileName ?? "blob")}"`, `\r\nContent-Type: ${type}`], blob);
    } else if (typeof item === "object" && !(item instanceof Date)) {
      add(name, [`\r\nContent-Type: ${declared ?? "application/json"}`], JSON.stringify(item));
    } else {
      add(name, declared ? [`\r\nContent-Type: ${declared}`] : [], scalar(item));
    }
  };
  if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (Array.isArray(item)) for (const element of item) await addValue(key, element);
      else await addValue(key, item);
    }
  }
  parts.push(`--${boundary}--\r\n`);
  return { body: new Blob(parts), contentType: `multipart/form-data; boundary=${boundary}`, replayable: true };
};

/** Quoted-string content of Content-Disposition, escaped as browsers do. */
function quote(text: string): string {
  return text.replace(/"/g, "%22").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function randomHex(): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
