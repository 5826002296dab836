// The shared wink-nlp instance: loaded once, on first use.

import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;
let instance: Nlp | null = null;

/** Only sentence breaks and part-of-speech tags are read; NER, sentiment and negation cost a third of readDoc for nothing. */
const pipe = ['sbd', 'pos'];

export const getNlp = (): Nlp => (instance ??= winkNLP(model, pipe));
