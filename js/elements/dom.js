// Building DOM from data without ever parsing it as HTML.

export function h(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'text') node.textContent = String(value);
    else if (key === 'part') node.setAttribute('part', value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// Shadow styles through constructable stylesheets: unlike <style>, they are not inline styles in
// the eyes of a Content-Security-Policy, so pages with style-src 'self' keep working.
const sheets = new Map();
export function adoptStyles(root, cssTexts) {
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    root.adoptedStyleSheets = cssTexts.map((css) => {
      if (!sheets.has(css)) {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        sheets.set(css, sheet);
      }
      return sheets.get(css);
    });
    return;
  }
  for (const css of cssTexts) root.append(h('style', { text: css }));
}
