// Where the shopper ships to: the element's own attributes first (country, region, postcode),
// then the shopper's last choice kept under localStorage "od:destination", and, for widgets that
// must show something before the shopper chooses, a guess from the browser's languages.

export const DESTINATION_KEY = 'od:destination';

function clean(value) {
  if (!value || typeof value !== 'object' || typeof value.country !== 'string' || !value.country) {
    return null;
  }
  const destination = { country: value.country };
  if (typeof value.region === 'string' && value.region) destination.region = value.region;
  if (typeof value.postcode === 'string' && value.postcode) destination.postcode = value.postcode;
  return destination;
}

export function storedDestination() {
  try {
    return clean(JSON.parse(window.localStorage.getItem(DESTINATION_KEY)));
  } catch {
    return null; // storage blocked or unreadable: no remembered destination
  }
}

export function storeDestination(value) {
  const destination = clean(value);
  try {
    if (destination) window.localStorage.setItem(DESTINATION_KEY, JSON.stringify(destination));
    else window.localStorage.removeItem(DESTINATION_KEY);
  } catch {
    // Storage may be unavailable (private mode, blocked): the page still works without it.
  }
  return destination;
}

export function destinationOf(element) {
  const fromAttributes = clean({
    country: element.getAttribute('country'),
    region: element.getAttribute('region'),
    postcode: element.getAttribute('postcode'),
  });
  return fromAttributes || clean(element.destination) || storedDestination();
}

// The country of the browser's preferred languages ("en-GB" -> GB; "de" -> DE by the likely
// region), else of `fallbackLocale`. Only a guess: the shopper can always change it.
export function guessedDestination(fallbackLocale) {
  const tags = [...(navigator.languages || []), navigator.language, fallbackLocale].filter(Boolean);
  for (const tag of tags) {
    try {
      const region = new Intl.Locale(tag).maximize().region;
      if (region && /^[A-Z]{2}$/.test(region)) return { country: region };
    } catch {
      // not a well-formed language tag: try the next
    }
  }
  return null;
}
