// Which message catalogues are loaded, and loading the others on demand. Kept apart from the
// translator so the loader can start fetching the page's language without bundling any text.

export const LANGUAGES = Object.freeze(['en', 'de', 'fr', 'es', 'nl', 'it']);

// English ships inside the widgets script; the other catalogues are small JSON files next to it
// (dist/i18n/<lang>.json), fetched once when a page first needs that language, so the loader
// stays within its size budget however many languages there are.
export const CATALOGUES = {}; // English is registered by the translator module that ships it
const loading = new Map();
let source = null; // {urlFor(lang), onLoad(lang)}

/* global __OD_MESSAGES__ */
// The bundle ships message keys as short ids; a fetched catalogue must come from the same build
// (its "@" fingerprint, see scripts/message-ids.mjs) or English stays. Unbundled sources use keys.
const BUILD = typeof __OD_MESSAGES__ === 'string' ? __OD_MESSAGES__ : null;

export function registerCatalogue(lang, messages) {
  if (LANGUAGES.includes(lang) && messages && typeof messages === 'object') CATALOGUES[lang] = messages;
}

// Set once by the loader: where catalogues live and whom to tell when one arrives.
export function configureCatalogues({ urlFor, onLoad }) {
  source = { urlFor, onLoad };
}

// Starts fetching a language's catalogue (once); resolves when it is there or has failed.
export function loadCatalogue(lang) {
  if (lang === 'en') return Promise.resolve(true); // built in: never fetched
  if (CATALOGUES[lang] || !LANGUAGES.includes(lang) || !source) return Promise.resolve(Boolean(CATALOGUES[lang]));
  if (!loading.has(lang)) {
    loading.set(
      lang,
      fetch(source.urlFor(lang), { credentials: 'same-origin' })
        .then((response) => (response.ok ? response.json() : null))
        .then((messages) => {
          if (BUILD && messages?.['@'] !== BUILD) return false;
          registerCatalogue(lang, messages);
          if (CATALOGUES[lang]) source.onLoad?.(lang);
          return Boolean(CATALOGUES[lang]);
        })
        .catch(() => false), // English stays: a missing catalogue never breaks a widget
    );
  }
  return loading.get(lang);
}
