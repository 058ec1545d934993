// Intl objects cost a fraction of a millisecond each to build and never change once built, and a
// widget formats dozens of values on every cart update: each (kind, locale, options) is built
// once per page and reused. A constructor that throws (an unknown zone, say) still throws to the
// caller, and nothing is kept.

const built = new Map();

// intl(Intl.NumberFormat, 'de-DE', { style: 'percent' }) -> the one NumberFormat for that.
export function intl(Kind, locale, options) {
  const key = `${Kind.name}|${locale ?? ''}|${options === undefined ? '' : JSON.stringify(options)}`;
  let made = built.get(key);
  if (!made) {
    made = new Kind(locale, options);
    built.set(key, made);
  }
  return made;
}
