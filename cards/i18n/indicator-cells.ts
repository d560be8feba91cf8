// Labels for the cells of a breakdown ("ga2.violence.fgm"), made from the catalogue's own code
// labels so a category is named the same in the form that records it and the report that counts it.

/** `group.category` → "Heading: category label", one entry per category the catalogue names. */
export function cellLabels(group: string, heading: string, labels: Readonly<Record<string, string>>, code: (category: string) => string = (c) => c): Record<string, string> {
  return Object.fromEntries(Object.entries(labels).map(([category, label]) => [`${group}.${code(category)}`, `${heading}: ${label}`]));
}

/** Indicator codes write age bands with underscores (ga2.age.13_17, ga2.age.27_plus). */
export const ageCode = (band: string): string => band.replace('-', '_').replace('+', '_plus');
