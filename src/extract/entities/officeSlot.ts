// An office the page names without its holder, whom the page does not name either ("Tillerson met
// Qatar's emir"): a PERSON mention with a slot id, filled across articles by resolve (officeHolders:
// the holder other pages of the same weeks name, else the country itself).
// Example: officeSlotId('QA', 'head-of-state') -> 'person:office-qa-head-of-state';
//   officeSlot('person:office-qa-head-of-state') -> { country: 'QA', office: 'head-of-state' }

const SLOT = /^person:office-([a-z]{2})-([a-z-]+)$/;

export function officeSlotId(country: string, office: string): string {
  return `person:office-${country.toLowerCase()}-${office}`;
}

export function officeSlot(id: string): { country: string; office: string } | null {
  const m = SLOT.exec(id);
  return m ? { country: m[1]!.toUpperCase(), office: m[2]! } : null;
}
