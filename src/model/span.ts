// Character spans: every annotation points back to the cleaned text of one article.

/** A half-open character range [start, end) into the cleaned text of one article. */
export interface Span {
  articleId: string;
  start: number;
  end: number;
}

/** A span together with the exact words it covers, as quoted to readers. */
export interface Evidence extends Span {
  text: string;
}
