// Background events: earlier events recalled by articles, merged across articles and matched to stored events.

import type { Doc } from '../../model/index.ts';
import type { ClusterParams } from './clusterer.ts';
import type { ClusterState } from './state.ts';

export const addBackgrounds = (_state: ClusterState, _doc: Doc, _p: ClusterParams): void => {};
