// The closed word lists the clause layer reads (lemmas, lower-cased): verbs that report speech or
// thought, verbs and nouns that govern an infinitive, subordinating words.
export const clauseWords = Object.freeze({
  /** "said (that) ...", "told reporters ...", "hopes ...": what follows is what is said or thought. */
  speech: new Set(
    ('say tell announce add state report confirm note claim insist warn explain write tweet declare stress reiterate ' +
      'acknowledge admit deny argue believe think hope expect know suggest indicate signal assert allege predict fear ' +
      'worry understand learn hear reveal recall remember ask urge emphasize emphasise complain concede maintain respond ' +
      'reply decide feel realize realise quote caution predict testify disclose inform assure promise vow pledge threaten')
      .split(' '),
  ),
  /** "agreed to meet", "plans to visit", "invited him to visit": the infinitive is what the verb governs. */
  control: new Set(
    ('agree plan hope want wish decide promise refuse seek try intend expect offer propose threaten vow pledge prepare ' +
      'arrange aim need continue begin start fail manage attempt schedule like love prefer choose undertake move rush ' +
      'struggle wait ask invite urge tell allow persuade encourage order press push call expect hesitate decline prefer')
      .split(' '),
  ),
  /** "invited Kim to visit": the object, not the subject, does what the infinitive says. */
  objectControl: new Set('invite ask urge tell allow persuade encourage order press push call permit'.split(' ')),
  /** "a plan to meet", "an invitation to visit": nouns whose infinitive is their content. */
  controlNouns: new Set(
    'plan plans agreement decision invitation bid effort efforts attempt proposal offer promise readiness willingness chance opportunity way time intention commitment pledge move push call calls request'.split(' '),
  ),
  /** Words that open an adverbial clause. */
  adverbial: new Set('after before since until till because while when whenever if unless although though as once whereas where lest so'.split(' ')),
  /** Words that open a complement: "said that", "asked whether". */
  complement: new Set(['that', 'whether', 'if']),
  coordinators: new Set(['and', 'but', 'or', 'yet', 'while']),
  /** Punctuation that ends a clause whatever follows. */
  hardBreaks: new Set([';', ':', '—', '–', '--']),
});
