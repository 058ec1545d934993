// Where the shopper ships to: the element's own attributes first (country, region, postcode),
// then the shopper's last choice kept under localStorage "od:destination".

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
