// How the feature functions hand over features: each as a template and a value ('l-1=' and 'the'),
// so the tagger can look a feature up without building its string (FeatureRows), while training
// joins the two into the feature's name, as the model file stores it. A feature of several values
// (a window's pair) joins them with '|' into its value (windowFeatures).
// Example: featureStrings((emit) => { emit('b', ''); emit('l-1|l=', 'the|talks'); }) -> ['b', 'l-1|l=the|talks']

/** Receives one feature: its template (with the '=' if it has one) and its value ('' if none). */
export type EmitFeature = (template: string, value: string) => void;

/** A token's features (or a group of them), written to `emit` in a fixed order. */
export type WriteFeatures = (emit: EmitFeature) => void;

export function featureStrings(write: WriteFeatures): string[] {
  const out: string[] = [];
  write((template, value) => out.push(template + value));
  return out;
}
