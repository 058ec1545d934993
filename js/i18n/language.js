// Which language applies to an element, without loading any message catalogue (the request
// builder needs only this).

export const DEFAULT_LANGUAGE = 'en';

// The canonical form of a language tag, or null; remembered per tag (pages ask on every request).
const canonical = new Map();
export function wellFormed(tag) {
  if (!canonical.has(tag)) {
    let form = null;
    try {
      form = Intl.getCanonicalLocales(tag)[0] || null;
    } catch {
      // not a well-formed tag
    }
    canonical.set(tag, form);
  }
  return canonical.get(tag);
}

// The language tag the page declares for an element (its own lang, the closest [lang], the
// document's), or null when it declares none.
export function declaredLanguageOf(element) {
  const own = element?.closest?.('[lang]')?.getAttribute('lang');
  const page = typeof document !== 'undefined' ? document.documentElement?.getAttribute('lang') : null;
  for (const candidate of [own, page]) {
    const tag = candidate && wellFormed(candidate.trim());
    if (tag) return tag;
  }
  return null;
}

// The language tag that applies to an element: the declared one, else English.
export function languageTagOf(element) {
  return declaredLanguageOf(element) || DEFAULT_LANGUAGE;
}
