// Reads a WARC file with Webrecorder's warcio (an independent reader, not MediaMonitor's own) and checks
// every record: WARC-Block-Digest over the whole block and, where present, WARC-Payload-Digest over the
// HTTP payload. warcio parses digests but does not verify them, so SHA-256 (and SHA-1) is computed here.
// Prints one JSON line per record; exits 1 on any problem, 2 on bad usage.
//
//   node tests/tools/warcio/check-warc.mjs FILE.warc.gz
import { createReadStream, statSync } from "node:fs";
import { createHash } from "node:crypto";
import { WARCParser } from "warcio";

const file = process.argv[2];
if (!file || process.argv.length > 3) {
  console.error("usage: node check-warc.mjs FILE.warc[.gz]");
  process.exit(2);
}

const base32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
function toBase32(bytes) {
  let bits = 0, value = 0, out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += base32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += base32[(value << (5 - bits)) & 31];
  return out;
}

// A labelled digest is "algorithm:value"; the value may be base16 or base32 (WARC 1.1 leaves it open).
function digestMatches(labelled, bytes) {
  const at = labelled.indexOf(":");
  if (at < 0) return false;
  const algorithm = labelled.slice(0, at).toLowerCase().replace("-", "");
  const expected = labelled.slice(at + 1);
  if (algorithm !== "sha256" && algorithm !== "sha1") return false;
  const hash = createHash(algorithm).update(bytes).digest();
  return expected.toLowerCase() === hash.toString("hex") || expected.toUpperCase().replace(/=+$/, "") === toBase32(hash);
}

// Pass 1, parseHttp off: the block as warcio reads it, with each record's offset and length.
// Pass 2, parseHttp on: warcio's own HTTP parse splits head from payload, and gives the status.
async function readAll(parseHttp) {
  const parser = new WARCParser(createReadStream(file), { parseHttp });
  const records = [];
  for await (const record of parser) {
    const bytes = await record.readFully(false);
    records.push({ record, bytes, offset: parser.offset, length: parser.recordLength });
  }
  return records;
}

let problems = 0;
try {
  const blocks = await readAll(false);
  const parsed = await readAll(true);
  if (blocks.length !== parsed.length) throw new Error(`record count differs between passes: ${blocks.length} vs ${parsed.length}`);
  if (blocks.length === 0) throw new Error("no records");
  // warcio stops quietly at a member cut short (a writer killed mid-record): bytes after the last whole record show it.
  const last = blocks[blocks.length - 1];
  const size = statSync(file).size;
  if (last.offset + last.length !== size) {
    problems++;
    console.log(JSON.stringify({ ok: false, error: `${size - last.offset - last.length} bytes after the last whole record (ends at ${last.offset + last.length} of ${size}): a record cut short?` }));
  }

  blocks.forEach(({ record, bytes, offset, length }, i) => {
    const headers = record.warcHeaders.headers;
    const type = record.warcType;
    const issues = [];
    const blockDigest = headers.get("WARC-Block-Digest");
    const blockOk = blockDigest ? digestMatches(blockDigest, bytes) : null;
    if (!blockDigest) issues.push("no WARC-Block-Digest");
    else if (!blockOk) issues.push(`block digest mismatch: ${blockDigest}`);
    if (bytes.length !== Number(headers.get("Content-Length"))) issues.push("block shorter than Content-Length");

    const payloadDigest = headers.get("WARC-Payload-Digest");
    let payloadOk = null;
    let status = null;
    const http = parsed[i].record;
    if (http.warcHeaders.headers.get("WARC-Record-ID") !== headers.get("WARC-Record-ID")) issues.push("passes disagree on record order");
    if (type === "response" || type === "request") {
      if (!http.httpHeaders) issues.push("HTTP head not parsed");
      status = http.httpHeaders?.statusCode ?? null;
      if (type === "response" && !(status >= 100 && status <= 599)) issues.push(`bad HTTP status ${status}`);
    }
    if (payloadDigest) {
      payloadOk = digestMatches(payloadDigest, parsed[i].bytes);
      if (!payloadOk) issues.push(`payload digest mismatch: ${payloadDigest}`);
    } else if (type === "response") {
      issues.push("response without WARC-Payload-Digest");
    }
    for (const field of ["WARC-Record-ID", "WARC-Date"]) {
      if (!headers.get(field)) issues.push(`no ${field}`);
    }
    if (i === 0 && type !== "warcinfo") issues.push("first record is not warcinfo");

    problems += issues.length;
    console.log(JSON.stringify({
      type,
      uri: record.warcTargetURI ?? null,
      id: headers.get("WARC-Record-ID"),
      offset,
      length,
      status,
      payload_length: type === "response" || type === "request" ? parsed[i].bytes.length : null,
      block_digest_ok: blockOk,
      payload_digest_ok: payloadOk,
      ok: issues.length === 0,
      issues,
    }));
  });
} catch (error) {
  problems++;
  console.log(JSON.stringify({ ok: false, error: String(error?.stack ?? error) }));
}

process.exit(problems === 0 ? 0 : 1);
