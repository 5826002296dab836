// Types of load-main.js for the TypeScript callers (benchmarks).
export declare const loadMain: () => Promise<(argv: string[]) => Promise<number>>;
