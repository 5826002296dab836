// Port for reading inputs: files, folders, stdin or feeds, delivered as bytes with their origin.

export interface InputFile {
  /** Path, URL or "-" for stdin: named in every error about this input. */
  source: string;
  bytes: Uint8Array;
  /**
   * A piece of a large JSON Lines file read a piece at a time (whole lines): lines before it in the file, so its
   * articles keep the ids and line numbers the whole file gives them.
   */
  linesBefore?: number;
}

export interface InputFailure {
  source: string;
  message: string;
}

export interface SourcePort {
  read(inputs: string[]): AsyncIterable<InputFile | InputFailure>;
}

export const isFailure = (x: InputFile | InputFailure): x is InputFailure => 'message' in x;
