// How the feature functions hand over features: each as a template and a value ('l-1=' and 'the'),
// or two values for a feature of a pair ('l-1|l=', 'the', 'talks': "l-1|l=the|talks"), so the
// tagger can look a feature up without building its string (FeatureRows), while training joins
// the parts into the feature's name, as the model file stores it.
// Example: featureStrings((emit) => { emit('b', ''); emit('l-1|l=', 'the', 'talks'); }) -> ['b', 'l-1|l=the|talks']

/** Receives one feature: its template (with the '=' if it has one), its value ('' if none) and a second value for a pair. */
export type EmitFeature = (template: string, value: string, second?: string) => void;

/** A token's features (or a group of them), written to `emit` in a fixed order. */
export type WriteFeatures = (emit: EmitFeature) => void;

export function featureName(template: string, value: string, second?: string): string {
  return second === undefined ? template + value : `${template}${value}|${second}`;
}

export function featureStrings(write: WriteFeatures): string[] {
  const out: string[] = [];
  write((template, value, second) => out.push(featureName(template, value, second)));
  return out;
}
