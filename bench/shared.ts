// Locating ../shared and running the pipeline in-process for benchmarks and evaluation.

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fsSource, readAll } from '../src/adapters/fs-source.ts';
import { resolveConfig } from '../src/config/config.ts';
import type { Dossier } from '../src/model/index.ts';
import { analyzeInputs } from '../src/pipeline/run.ts';
import type { Context } from '../src/pipeline/stage.ts';

/** The shared folder beside the repository, or null when this checkout has none. */
export const sharedDir = (): string | null => {
  const dir = resolve(process.env.CORROBORATE_SHARED ?? new URL('../../shared', import.meta.url).pathname);
  return existsSync(dir) ? dir : null;
};

export const offlineContext = (): Context => ({ config: resolveConfig({ now: '2026-01-01T00:00:00Z' }), llm: null });

/** Analyzes inputs exactly as `corroborate analyze` does, without rendering. */
export const analyzePaths = async (inputs: string[], ctx: Context = offlineContext()): Promise<Dossier> => {
  const { files, failures } = await readAll(fsSource, inputs);
  const prior = failures.map((f) => ({ source: f.source, articleId: null, stage: 'read', message: f.message }));
  return analyzeInputs(files, ctx, undefined, prior);
};
