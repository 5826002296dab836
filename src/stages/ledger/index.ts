// Stage `ledger`: reconciles claims into facts per event (placeholder).

import type { CorpusStage } from '../../pipeline/stage.ts';

export const ledgerStage: CorpusStage = {
  name: 'ledger',
  run: (x) => x,
};
