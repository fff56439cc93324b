// Photo credits in a caption line: the credit is taken out of the text and its people's names are
// handed back (the article's photographers); the caption's own words stay, since they tell the
// news (who, where, when the picture was taken). A credit is a short run of names and picture
// agencies joined by "/", "\", "|", ",", "via" ("Jacquelyn Martin/AP", "REUTERS/Kevin Lamarque",
// "(Saul Loeb/Pool via Reuters)", "Mikhail Metzel | TASS | Getty Images"), or anything short after a
// credit label ("Photograph: ...", "Image: ...", "Credit: ...", "(photo credit: ...)", "Photo by ...").
// It stands at the end of the line (after the caption's last sentence, or in brackets), alone on its
// line, or opens the caption before a bar ("Joe Klamar, AFP | Iranian Foreign Minister ..."). An
// unlabelled run must hold an agency, so "the U.S./Canada border" or "Merkel/Hollande" is no credit.
// Example: takePhotoCredit('Kim arrives in Hanoi. Jane Roe/AP') -> { line: 'Kim arrives in Hanoi.', names: ['Jane Roe'] }
//          takePhotoCredit('Photo: Getty Images') -> { line: '', names: [] }

export interface CreditTaken {
  /** The line without its credit ('' when the line was all credit). */
  line: string;
  /** People named in the credit, as written (capitals put in title case). */
  names: string[];
}

/** Picture agencies, wires and photo sources, compared lower-cased. */
const AGENCIES = new Set([
  'ap', 'ap photo', 'associated press', 'afp', 'agence france-presse', 'reuters', 'getty', 'getty images', 'epa', 'epa-efe', 'efe',
  'tass', 'itar-tass', 'sputnik', 'ria novosti', 'dpa', 'picture-alliance', 'picture alliance', 'xinhua', 'pti', 'pti photo', 'ani', 'ians',
  'yonhap', 'kyodo', 'jiji', 'jiji press', 'bloomberg', 'pool', 'pool photo', 'keystone', 'shutterstock', 'anadolu', 'anadolu agency', 'spa', 'wam', 'irna',
  'kcna', 'upi', 'zuma', 'zuma press', 'zuma wire', 'alamy', 'nurphoto', 'sopa images', 'aap', 'pa', 'pa images', 'pa wire', 'sipa', 'sipa usa', 'polaris', 'redux',
  'kuna', 'qna', 'bna', 'handout', 'flickr', 'wikimedia commons', 'twitter', 'instagram', 'abaca', 'imago', 'nyt', 'ap images',
]);
/** Words that mark a picture as old or handed out: a credit of their own, with nobody to credit ("Theresa May | File photo"). */
const QUALIFIER = /^(?:file|file photo|file picture|photo|picture|image|archive|archive photo)$/i;
/** Words of an organisation's name in a credit ("State Department", "US Embassy Tel Aviv"): no photographer. */
const ORG_WORD = /\b(?:Department|Embassy|Ministry|Office|House|Street|Times|Post|News|Press|Agency|Images|Photo|Photos|Service|Council|Commission|Government|Kremlin|Pool|Staff|Archive|Archives|Collection|Library|Museum|Wire|Media|Network|TV|Television|Radio|Protests|Source|Palace|Court|Royal)\b/;
const LABEL = /(?:photo(?:graph)?s?|images?|pictures?|pics?|credits?|photo credit|image credit|source|courtesy|photo courtesy)\s*:\s*|(?:[\p{L}]+\s+){0,4}(?:photo(?:graph)?|picture|image)s?\s+(?:by|courtesy(?:\s+of)?)\s+|courtesy(?:\s+of)?\s+/iuy;
const SEPARATOR = /\s*(?:\/|\\|\||,|;|\s-\s|\bvia\b|\bfor\b|\band\b|&)\s*/;
/** A name in a credit: capitalised words or initials, at most four ("N. Maxim", "HANS PUNZ", "Gréta Sigríður Einarsdóttir"). */
const NAME = /^(?:\p{Lu}[\p{L}'’.-]*)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|da|van|von|al|bin|la|le)){0,3}$/u;
const MAX_CREDIT_WORDS = 12;

/** The items of a credit body, or null when it is no credit. */
function creditItems(body: string, labelled: boolean): string[] | null {
  const text = body.replace(/©/g, '').replace(/\s+/g, ' ').trim().replace(/[.)]+$/, '').trim();
  if (text === '' || text.split(' ').length > MAX_CREDIT_WORDS || /[!?]/.test(text)) return null;
  // "By Ana Lima, Associated Press" is a byline (parseByline's), not a photo credit.
  if (!labelled && /^by\s/i.test(text)) return null;
  const items = text.split(SEPARATOR).map((s) => s.trim()).filter((s) => s !== '');
  if (items.length === 0) return null;
  const isAgency = (s: string) => AGENCIES.has(s.toLowerCase().replace(/\s+photo$/i, '')) || AGENCIES.has(s.toLowerCase());
  if (items.every((s) => QUALIFIER.test(s))) return [];
  if (!labelled && !items.some(isAgency)) return null;
  // Unlabelled: every item an agency or a name (no sentence words); labelled: anything short goes.
  if (!labelled && !items.every((s) => isAgency(s) || QUALIFIER.test(s) || NAME.test(s))) return null;
  return items;
}

function namesOf(items: string[]): string[] {
  return items
    .filter((s) => NAME.test(s) && /\s/.test(s) && !AGENCIES.has(s.toLowerCase()) && !ORG_WORD.test(s))
    .map((s) => (/\p{Ll}/u.test(s) ? s : s.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase())));
}

/** A credit body after a label, or an unlabelled one. */
function credit(body: string): string[] | null {
  LABEL.lastIndex = 0;
  const label = LABEL.exec(body.trimStart());
  if (label) return creditItems(body.trimStart().slice(label[0].length), true);
  return creditItems(body, false);
}

export function takePhotoCredit(line: string): CreditTaken {
  // A wire picture's subject tags after its credit: "REUTERS/Ana Lima/Pool (NORWAY - Tags: POLITICS)".
  const trimmed = line.trim().replace(/\s*\((?:[^()]{0,60}-\s*)?Tags:[^()]*\)$/u, '');
  // Alone on its line; but "President Ana Holm | Karl Mund/Getty Images" is a caption before a
  // credit that names its photographer, where "Karl Mund | TASS | Getty Images" is all credit.
  const whole = credit(trimmed);
  const bar = /\s+\|\s+/.exec(trimmed);
  const captionFirst = bar !== null && namesOf(credit(trimmed.slice(bar.index + bar[0].length)) ?? []).length > 0;
  if (whole && !captionFirst) return { line: '', names: namesOf(whole) };
  // In brackets at the end ("... May 15, 2017. (Andrew Harnik/AP)"; a text cut off may lack the closing one).
  const bracket = /\s*[([]([^()[\]]{1,140})[)\]]?\s*$/.exec(trimmed);
  if (bracket) {
    const items = credit(bracket[1]!);
    if (items) return { line: trimmed.slice(0, bracket.index).trimEnd(), names: namesOf(items) };
  }
  // After the caption's last sentence or a bar: "... 2014. Jacquelyn Martin/AP", "Tusk | Sean Gallup/Getty Images".
  for (const cut of [...trimmed.matchAll(/([.!?]["”’)]?)\s+(?:[—–-]\s+)?|\s+\|\s+|\s{2,}/g)].reverse()) {
    const tail = trimmed.slice(cut.index + cut[0].length);
    const items = credit(tail);
    if (items) return { line: trimmed.slice(0, cut.index + (cut[1]?.length ?? 0)).trim(), names: namesOf(items) };
    if (tail.split(/\s+/).length > MAX_CREDIT_WORDS) break;
  }
  // Opening the caption before a bar: "Joe Klamar, AFP | Iranian Foreign Minister ...".
  const head = /^([^|]{1,80}?)\s+\|\s+(?=\S)/.exec(trimmed);
  if (head) {
    const items = creditItems(head[1]!, false);
    if (items) return { line: trimmed.slice(head[0].length), names: namesOf(items) };
  }
  return { line: trimmed === line.trim() ? line : trimmed, names: [] };
}
