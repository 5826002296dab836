// Reads inputs from files, folders (recursively, in name order) and stdin ("-").

import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { InputFailure, InputFile, SourcePort } from '../ports/source.ts';

const readStdin = async (): Promise<Uint8Array> => {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

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
    yield { source: path, bytes: await readFile(path) };
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
