// Reads inputs from files, folders (recursively, in name order) and stdin ("-").

import { open, readFile, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { InputFailure, InputFile, SourcePort } from '../ports/source.ts';

const readStdin = async (): Promise<Uint8Array> => {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

/**
 * JSON Lines files larger than this are read a piece of whole lines at a time (some 3,000 news articles), so a
 * command reading them as they come (`ingest`) never holds the whole file, nor all its articles.
 */
export const pieceBytes = 8 * 2 ** 20;

const isLines = (path: string): boolean => ['.jsonl', '.ndjson'].includes(extname(path).toLowerCase());

/** Pieces of whole lines of a file, each with the number of lines before it; a last line may lack its newline. */
export async function* readLinePieces(path: string, size = pieceBytes): AsyncGenerator<InputFile> {
  const handle = await open(path);
  try {
    let carry = Buffer.alloc(0);
    let linesBefore = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(size);
      const { bytesRead } = await handle.read(chunk, 0, size, null);
      const data = Buffer.concat([carry, chunk.subarray(0, bytesRead)]);
      // At the end of the file the rest is the last piece; before, a piece ends with the last newline read.
      const end = bytesRead === 0 ? data.length : data.lastIndexOf(10) + 1;
      if (end > 0) {
        const bytes = data.subarray(0, end);
        yield { source: path, bytes, linesBefore };
        for (let at = bytes.indexOf(10); at >= 0; at = bytes.indexOf(10, at + 1)) linesBefore++;
      }
      carry = data.subarray(end);
      if (bytesRead === 0) return;
    }
  } finally {
    await handle.close();
  }
}

const isHidden = (name: string) => name.startsWith('.');

async function* walk(path: string): AsyncGenerator<InputFile | InputFailure> {
  let info;
  try {
    info = await stat(path);
  } catch {
    yield { source: path, message: 'no such file or folder' };
    return;
  }
  if (info.isDirectory()) {
    const names = (await readdir(path)).filter((n) => !isHidden(n)).sort();
    for (const name of names) yield* walk(join(path, name));
    return;
  }
  try {
    if (info.size > pieceBytes && isLines(path)) yield* readLinePieces(path);
    else yield { source: path, bytes: await readFile(path) };
  } catch (err) {
    yield { source: path, message: `cannot read: ${(err as NodeJS.ErrnoException).code ?? String(err)}` };
  }
}

export const fsSource: SourcePort = {
  async *read(inputs) {
    for (const input of inputs) {
      if (input === '-') yield { source: '-', bytes: await readStdin() };
      else yield* walk(input);
    }
  },
};

/** Collects every input into memory, failures apart. */
export const readAll = async (source: SourcePort, inputs: string[]) => {
  const files: InputFile[] = [];
  const failures: InputFailure[] = [];
  for await (const item of source.read(inputs)) ('message' in item ? failures : files).push(item as never);
  return { files, failures };
};
