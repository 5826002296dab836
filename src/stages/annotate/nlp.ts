// The shared wink-nlp instance: loaded once, on first use.

import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;
let instance: Nlp | null = null;

export const getNlp = (): Nlp => (instance ??= winkNLP(model));
