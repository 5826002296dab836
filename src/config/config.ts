// The resolved configuration: defaults merged with user options, handed to every stage.

export type OutputFormat = 'text' | 'md' | 'json' | 'html';

export interface ClusterConfig {
  /** Similarity above which an article joins an existing event; null keeps the tuned default. */
  threshold: number | null;
  /** Days over which similarity decays with the gap between event dates; null keeps the tuned default. */
  decayDays: number | null;
}

export interface LlmConfig {
  /** OpenAI-compatible base URL, e.g. http://localhost:8080/v1. */
  endpoint: string;
  model: string;
  apiKey: string | null;
}

export interface ResolvedConfig {
  format: OutputFormat;
  cluster: ClusterConfig;
  /** Optional LLM summarizer; never required. */
  llm: LlmConfig | null;
  /** Path of the embedded store used by `ingest` and `report`. */
  storePath: string;
  /** Fixed clock for reproducible output (tests); null means the real time. */
  now: string | null;
}

export type UserConfig = {
  [K in keyof ResolvedConfig]?: ResolvedConfig[K] extends object | null
    ? Partial<NonNullable<ResolvedConfig[K]>> | null
    : ResolvedConfig[K];
};

export const defaultConfig: ResolvedConfig = {
  format: 'text',
  cluster: { threshold: null, decayDays: null },
  llm: null,
  storePath: '.corroborate/store.sqlite',
  now: null,
};

/** Merges user options over the defaults, one level deep. */
export const resolveConfig = (user: UserConfig = {}, env: NodeJS.ProcessEnv = {}): ResolvedConfig => {
  const llmEndpoint = user.llm?.endpoint ?? env.CORROBORATE_LLM_ENDPOINT;
  return {
    format: user.format ?? defaultConfig.format,
    cluster: { ...defaultConfig.cluster, ...(user.cluster ?? {}) },
    llm: llmEndpoint
      ? {
          endpoint: llmEndpoint,
          model: user.llm?.model ?? env.CORROBORATE_LLM_MODEL ?? 'default',
          apiKey: user.llm?.apiKey ?? env.CORROBORATE_LLM_API_KEY ?? null,
        }
      : null,
    storePath: user.storePath ?? env.CORROBORATE_STORE ?? defaultConfig.storePath,
    now: user.now ?? null,
  };
};
