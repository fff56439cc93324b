// Hover-card repeats: a page that shows a card when a linked name is hovered leaves the name twice,
// glued ("Ana LimaAna Lima"), sometimes followed by the card's teaser headlines up to a "MORE"
// link ("Ana LimaAna LimaHeadline one | Headline two MORE said on Friday"). One name stays.
// Example: collapseHoverCards('Secretary Ana LimaAna Lima said.') -> 'Secretary Ana Lima said.'
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}`;
const WITH_CARD = new RegExp(String.raw`(${NAME})\1(?=\p{Lu})[^\n]{0,700}?\sMORE\b`, 'gu');
const DOUBLED = new RegExp(String.raw`(?<![\p{L}])(${NAME})\1(?![\p{Ll}])`, 'gu');

export function collapseHoverCards(line: string): string {
  return line.replace(WITH_CARD, '$1').replace(DOUBLED, (whole: string, name: string) => (/\s/.test(name) ? name : whole));
}
