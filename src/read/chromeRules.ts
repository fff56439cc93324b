// Page-chrome rules: each says whether one line of a scraped page is site furniture (icon rows,
// share buttons, comment forms, "Read more" teasers) rather than article text. General shapes,
// not phrases from any one site. Rules are data: stripBoilerplate takes the list as a parameter.
// Example: CHROME_RULES.find((r) => r.test('READ MORE: Kim says ...'))?.name === 'teaser'

export interface ChromeRule {
  readonly name: string;
  readonly test: (line: string) => boolean;
}

/** Tokens of button and icon rows: social-network short names, UI controls. */
const UI_WORDS = new Set([
  'bookmark', 'bookmarks', 'chevron', 'caret', 'hamburger', 'arrow', 'svg', 'logo', 'toggle', 'dropdown',
  'share', 'tweet', 'email', 'e-mail', 'mail', 'print', 'rss', 'subscribe', 'login', 'logout', 'signin',
  'signup', 'menu', 'search', 'close', 'copy', 'link', 'comment', 'comments', 'whatsapp', 'facebook',
  'twitter', 'linkedin', 'telegram', 'reddit', 'pinterest', 'flipboard', 'instagram', 'youtube', 'tiktok',
  'messenger', 'fb', 'tw', 'vk', 'yt', 'gp', 'ig', 'tg', 'wa', 'ok', 'ins', 'wt', 'fm', 'x',
]);

/** Whole lines that are a button, link or label, compared lower-cased without edge punctuation. */
const CHROME_PHRASES = new Set([
  'read more', 'read full story', 'read the full story', 'read full article', 'continue reading', 'see more',
  'show more', 'load more', 'view more', 'more', 'rss', 'rss feed', 'follow by email', 'follow us', 'share',
  'share this', 'share this article', 'share this story', 'share article', 'tweet', 'email', 'print', 'pin',
  'comments', 'comment', 'show comments', 'view comments', 'hide comments', 'leave a comment', 'leave a reply',
  'post a comment', 'add a comment', 'add comment', 'subscribe', 'subscribe now', 'sign up', 'sign in', 'log in',
  'login', 'register', 'newsletter', 'advertisement', 'advertising', 'sponsored', 'sponsored content', 'ad',
  'skip to content', 'skip to main content', 'back to top', 'top', 'home', 'menu', 'search', 'close',
  'next', 'previous', 'next article', 'previous article', 'next story', 'previous story', 'related',
  'related articles', 'related stories', 'related news', 'more stories', 'more news', 'you may also like',
  'you might also like', 'recommended', 'recommended for you', 'trending', 'trending now', 'most popular',
  'most read', 'latest news', 'facebook', 'twitter', 'whatsapp', 'linkedin', 'telegram', 'reddit', 'copy link',
  'copy url', 'link copied', 'click here', 'watch', 'listen', 'listen to this article', 'download the app',
  'photo', 'video', 'gallery', 'reply', 'cancel reply', 'submit', 'post comment', 'loading',
]);

/** Short lines with these shapes are calls to action, comment forms or footers. */
const CALL_TO_ACTION: readonly RegExp[] = [
  /^(please )?(enter|type|write|add) your (comment|name|email|e-mail|email address|website|reply|message)( here)?$/,
  /^(save my name|you must be (logged|signed) in|notify me of|join the (conversation|discussion))\b/,
  /^(\d+ )?comments? ?(\(\d+\))?$/,
  /^(like|liked|enjoy|enjoyed|love|loved) (this|the|our) (story|article|post|piece|video|report)\b.*\b(share|tell|send|subscribe|follow)\b/,
  /^(share|tweet|post|send|pin|email) (this|it|on|via|to|with)\b/,
  /^(follow|like|find|join|connect with) us\b/,
  /^(sign up|subscribe|register)\b.*\b(newsletter|updates|free|now|today|here|alerts)\b/,
  /^(click|tap) here\b/,
  /^(skip to|jump to|back to)\b/,
  /^(\d+\s*)?min(ute)?s?\.?\s+read$/,
  /\ball rights reserved$/,
];

/** Footer lines that open with a copyright notice ("© 2019 Example News", "Copyright 2019 ..."). */
const COPYRIGHT = /^(©|copyright\b)/i;

/** "Also read: ...", "READ MORE: ...", "Related: ...", "Also on example.com ...": links to other stories. */
const TEASER: readonly RegExp[] = [
  /^(also read|read also|read more|see also|also see|related|recommended|must read|don['’]?t miss|read next|up next|more|watch|editor['’]?s picks?|suggested( reading)?|more on this( story)?|trending|also on [\p{L}\p{N}.'-]+(?: [\p{L}\p{N}.'-]+){0,2}|more from [\p{L}\p{N}.'-]+(?: [\p{L}\p{N}.'-]+){0,2})(\s*[:|»›>]|\s+[–—-])\s*\S/iu,
  /^also on ([\p{L}\p{N}-]+\.)+\p{L}{2,}\s+\S/iu,
];

const MAX_SHORT_WORDS = 12;
const MAX_SHORT_CHARS = 100;
const MAX_TEASER_CHARS = 300;

/** Lower-case, straight apostrophes, no edge punctuation or arrows, single spaces. */
function canonical(line: string): string {
  return line
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')
    .replace(/\s+/g, ' ');
}

function words(line: string): string[] {
  return line.split(/\s+/).filter((w) => w !== '');
}

function isShort(line: string): boolean {
  return line.length <= MAX_SHORT_CHARS && words(line).length <= MAX_SHORT_WORDS;
}

/** A row of icon names or button labels: most tokens contain "icon" or are UI words. */
function isIconRow(line: string): boolean {
  if (/[.?!]["”’)]?$/.test(line)) return false;
  const tokens = words(line.toLowerCase()).map((t) => t.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '')).filter((t) => t !== '');
  if (tokens.length === 0) return false;
  const icons = tokens.filter((t) => t.includes('icon')).length;
  const ui = icons + tokens.filter((t) => !t.includes('icon') && UI_WORDS.has(t)).length;
  // Without any icon token, every token must be a UI word ("Share Tweet Email", not "Twitter vs Facebook").
  return icons > 0 ? ui / tokens.length >= 0.6 : ui === tokens.length;
}

/** A whole-line button or label, or several separated by | • · / ("Share | Tweet | Email"). */
function isChromePhrase(line: string): boolean {
  if (!isShort(line)) return false;
  const parts = line.split(/\s*[|•·/]\s*/).map(canonical).filter((p) => p !== '');
  return parts.length > 0 && parts.every((p) => CHROME_PHRASES.has(p));
}

function isCallToAction(line: string): boolean {
  if (COPYRIGHT.test(line) && line.length <= MAX_TEASER_CHARS) return true;
  if (!isShort(line)) return false;
  // "1. Skip to content": a numbered menu entry is the same button.
  const c = canonical(line).replace(/^\d{1,2}\.?\s+/, '');
  return CALL_TO_ACTION.some((re) => re.test(c));
}

function isTeaser(line: string): boolean {
  if (line.length > MAX_TEASER_CHARS) return false;
  // Markdown emphasis around the label ("*Also read:* ...") does not hide a teaser.
  const bare = line.replace(/^[*_]+|(?<=:)[*_]+/g, '').replace(/^([^:]{1,40}:)[*_]+/, '$1');
  return TEASER.some((re) => re.test(line) || re.test(bare));
}

/** Wire-service credit and footer lines: "(Reporting by ...; Editing by ...)", "Our Standards: ...". */
const CREDITS: readonly RegExp[] = [
  /^\(?(?:additional )?(?:reporting|writing|editing|compiled|produced|graphics|research) by\b/i,
  /^our standards\s*:/i,
  /^(?:[\p{Lu}]{2,10}\s+)?(?:published|updated|posted|last updated)\s+(?:\d+\s+(?:minutes?|hours?|days?)\s+ago|on\b)/iu,
];

function isCredit(line: string): boolean {
  return line.length <= MAX_TEASER_CHARS && CREDITS.some((re) => re.test(line.trim()));
}

/** A line of nothing but hashtags ("#NorthKorea #Diplomacy"). */
function isHashtagRow(line: string): boolean {
  const tokens = words(line);
  return tokens.length > 0 && tokens.every((t) => /^#[\p{L}\p{N}_]+[.,]?$/u.test(t));
}

/** Default rules, in the order they are tried (the first match names the reason). */
export const CHROME_RULES: readonly ChromeRule[] = Object.freeze([
  { name: 'icon-row', test: isIconRow },
  { name: 'chrome-phrase', test: isChromePhrase },
  { name: 'call-to-action', test: isCallToAction },
  { name: 'teaser', test: isTeaser },
  { name: 'credits', test: isCredit },
  { name: 'hashtags', test: isHashtagRow },
]);

/**
 * A link to another story or video ending a paragraph, "Read ... here." / "Watch video report from ...":
 * the line without it (the names in it are of the other story's author, not of this news).
 * Example: dropLinkTeaser('Talks resume today. Read our editor Ana Lima's analysis here.') -> 'Talks resume today.'
 */
export function dropLinkTeaser(line: string): string {
  const m = /(?:^|(?<=[.!?"”’)]\s+))(?:Read|Watch|Listen to|See)\s(?=[^.!?]{0,200}\b(?:here|video|report|analysis|interview)\b)[^.!?]{0,200}[.!]?$/u.exec(line);
  return m ? line.slice(0, m.index).trimEnd() : line;
}
