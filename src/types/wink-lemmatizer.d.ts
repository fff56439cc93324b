// Types of wink-lemmatizer 3 (the package ships none): each function maps a word to its lemma.
declare module 'wink-lemmatizer' {
  const lemmatizer: { verb(word: string): string; noun(word: string): string; adjective(word: string): string };
  export default lemmatizer;
}
