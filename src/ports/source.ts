// Port for reading inputs: files, folders, stdin or feeds, delivered as bytes with their origin.

export interface InputFile {
  /** Path, URL or "-" for stdin: named in every error about this input. */
  source: string;
  bytes: Uint8Array;
}

export interface InputFailure {
  source: string;
  message: string;
}

export interface SourcePort {
  read(inputs: string[]): AsyncIterable<InputFile | InputFailure>;
}

export const isFailure = (x: InputFile | InputFailure): x is InputFailure => 'message' in x;
