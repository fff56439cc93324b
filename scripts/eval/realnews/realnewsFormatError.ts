// A manifest row or answer key that does not follow tests/realnews/README.md: the message names the
// file and the line or field, so the one fix needed is plain.
export class RealnewsFormatError extends Error {
  override readonly name = 'RealnewsFormatError';
}
