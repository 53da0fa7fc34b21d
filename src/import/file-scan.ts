import fs from 'node:fs';
import { ImportFileError } from './import.errors';

export type ImportFormat = 'csv' | 'json';

export interface FileScan {
  bytes: number;
  /** Records the parse will meet, counted cheaply on bytes: the progress bar's total. */
  estimatedRecords: number;
  hasBom: boolean;
}

export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;

const BOM = [0xef, 0xbb, 0xbf];

export function formatOf(file: string): ImportFormat {
  const lower = file.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.json')) return 'json';
  throw new ImportFileError(`${file}: unknown file type; an import file is .csv or .json`);
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Reads the file once as bytes before any parse: refuses it when it is over
 * the size limit, empty or not valid UTF-8 (naming the byte, the line and,
 * when the bytes read as GB 18030, that encoding), and counts its records.
 * Quotes and brackets are ASCII, so counting on bytes is exact for UTF-8.
 */
export async function scanFile(file: string, format: ImportFormat, maxBytes: number): Promise<FileScan> {
  let size: number;
  try {
    size = (await fs.promises.stat(file)).size;
  } catch (error) {
    throw new ImportFileError(`${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  if (size > maxBytes) throw new ImportFileError(`${file} is ${megabytes(size)}, over the import limit of ${megabytes(maxBytes)} (--max-size, in MB)`);
  if (size === 0) throw new ImportFileError(`${file} is empty`);

  const utf8 = new Utf8Check();
  const counter = format === 'csv' ? new CsvRecordCounter() : new JsonRecordCounter();
  let offset = 0;
  let hasBom = false;
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    if (offset === 0) hasBom = BOM.every((b, i) => chunk[i] === b);
    const bad = utf8.feed(chunk, offset);
    if (bad !== null) throw await encodingError(file, bad, utf8.line);
    counter.feed(chunk);
    offset += chunk.length;
  }
  if (utf8.incomplete) throw await encodingError(file, offset - utf8.pendingBytes, utf8.line);
  return { bytes: size, estimatedRecords: counter.records, hasBom };
}

async function encodingError(file: string, byteOffset: number, line: number): Promise<ImportFileError> {
  const handle = await fs.promises.open(file, 'r');
  const sample = Buffer.alloc(16);
  const start = Math.max(0, byteOffset - 4);
  const { bytesRead } = await handle.read(sample, 0, 16, start);
  await handle.close();
  const bytes = sample.subarray(byteOffset - start, byteOffset - start + 4).toString('hex').replace(/(..)(?!$)/g, '$1 ');
  let hint = 'save it as UTF-8 and import again';
  try {
    const asGbk = new TextDecoder('gb18030', { fatal: true }).decode(sample.subarray(0, bytesRead)).replace(/\s+/g, ' ').trim();
    if (/[\u4e00-\u9fff]/.test(asGbk)) hint = `it looks like GBK/GB 18030 (those bytes read as "${asGbk}" in GB 18030); save it as UTF-8 and import again`;
  } catch {
    // Not GB 18030 either: the plain hint stands.
  }
  return new ImportFileError(`${file} is not valid UTF-8: invalid byte sequence ${bytes} at byte offset ${byteOffset} (line ${line}); ${hint}`);
}

/** Streaming UTF-8 validation that says where the first bad sequence is. */
class Utf8Check {
  line = 1;
  private need = 0;
  private lower = 0x80;
  private upper = 0xbf;
  private start = 0;

  get incomplete(): boolean {
    return this.need > 0;
  }

  get pendingBytes(): number {
    return this.need;
  }

  /** The absolute offset of the first byte of a bad sequence, or null. */
  feed(chunk: Buffer, offset: number): number | null {
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      if (this.need === 0) {
        if (b === 0x0a) this.line++;
        if (b < 0x80) continue;
        this.start = offset + i;
        this.lower = 0x80;
        this.upper = 0xbf;
        if (b >= 0xc2 && b <= 0xdf) this.need = 1;
        else if (b >= 0xe0 && b <= 0xef) {
          this.need = 2;
          if (b === 0xe0) this.lower = 0xa0;
          if (b === 0xed) this.upper = 0x9f;
        } else if (b >= 0xf0 && b <= 0xf4) {
          this.need = 3;
          if (b === 0xf0) this.lower = 0x90;
          if (b === 0xf4) this.upper = 0x8f;
        } else return offset + i;
        continue;
      }
      if (b < this.lower || b > this.upper) return this.start;
      this.lower = 0x80;
      this.upper = 0xbf;
      this.need--;
    }
    return null;
  }
}

/** Records of a CSV file: line breaks outside quotes, ignoring the header and blank lines roughly. */
class CsvRecordCounter {
  private quoted = false;
  private breaks = 0;
  private lastByte = 0x0a;

  feed(chunk: Buffer): void {
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      if (b === 0x22) this.quoted = !this.quoted;
      else if (b === 0x0a && !this.quoted) this.breaks++;
      this.lastByte = b;
    }
  }

  get records(): number {
    return Math.max(0, this.breaks + (this.lastByte === 0x0a ? 0 : 1) - 1);
  }
}

/** Elements of the top-level JSON array: commas at depth 1 outside strings, plus one. */
class JsonRecordCounter {
  private depth = 0;
  private inString = false;
  private escaped = false;
  private commas = 0;
  private any = false;

  feed(chunk: Buffer): void {
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (b === 0x5c) this.escaped = true;
        else if (b === 0x22) this.inString = false;
        continue;
      }
      if (b === 0x22) this.inString = true;
      else if (b === 0x5b || b === 0x7b) {
        this.depth++;
        if (this.depth === 2) this.any = true;
      } else if (b === 0x5d || b === 0x7d) this.depth--;
      else if (b === 0x2c && this.depth === 1) this.commas++;
    }
  }

  get records(): number {
    return this.any ? this.commas + 1 : 0;
  }
}
