// The store configuration comes from the loader tag (data-config="URL") or from an inline
// <script type="application/json" id="overdeliver-config">. It is passed to the engine as text:
// the engine alone parses and validates it.
import { failure } from './events.js';

export const INLINE_CONFIG_ID = 'overdeliver-config';

export async function loadConfigText(loaderScript, doc = document) {
  const url = loaderScript?.getAttribute('data-config');
  if (url) {
    let response;
    try {
      response = await fetch(new URL(url, doc.baseURI).href, { credentials: 'same-origin' });
    } catch (error) {
      throw failure('config-unavailable', `The store configuration could not be loaded: ${error.message}`);
    }
    if (!response.ok) {
      throw failure('config-unavailable', `The store configuration could not be loaded (HTTP ${response.status}).`);
    }
    return response.text();
  }
  const inline = doc.getElementById(INLINE_CONFIG_ID);
  if (inline && inline.textContent.trim()) return inline.textContent;
  throw failure(
    'config-missing',
    'No store configuration: add data-config="URL" to the script tag or an inline #overdeliver-config.',
  );
}
