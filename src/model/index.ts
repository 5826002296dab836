// Plain data types shared by every stage; no behaviour lives here.

export type * from './annotation.ts';
export type * from './article.ts';
export type * from './dossier.ts';
export type * from './event.ts';
export type * from './fact.ts';
export type * from './span.ts';
export type * from './doc.ts';
export { createDoc, emptyTokens } from './doc.ts';
export { slots } from './fact.ts';
