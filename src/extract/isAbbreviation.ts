// Whether a word written before a full stop is an abbreviation that keeps it ("Mr.", "Corp.",
// "Fla.", "Sept."), an initial ("J.") or a dotted acronym ("U.S.", "p.m."), so the stop ends no
// sentence and stays in the token. Shared by the sentence splitter and the tokenizer.
// Example: isAbbreviation('Corp') -> true, isAbbreviation('CORP') -> true, isAbbreviation('Reuters') -> false
const WORDS = new Set(
  (
    'Mr Mrs Ms Messrs Dr Prof Gen Sen Rep Gov Lt Col Sgt Capt Cmdr Adm Maj Supt Insp Det Rev Hon Pres Sec St Ste Mt Ft Jr Sr ' +
    'Inc Co Corp Ltd Bros Plc No Nos vs etc approx est fig Dept Univ Ave Rd Blvd ' +
    'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun ' +
    'Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo'
  ).split(' '),
);

export function isAbbreviation(word: string): boolean {
  if (/^\p{L}$/u.test(word)) return true;
  if (/^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(word)) return true;
  return WORDS.has(word) || WORDS.has(word.charAt(0).toUpperCase() + word.slice(1).toLowerCase());
}
