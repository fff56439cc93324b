// A token of an article: its text and its character span in article.text (end exclusive).
export interface Token {
  text: string;
  start: number;
  end: number;
}
