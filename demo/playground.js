// The merchant playground: edit the store configuration with live validation (problems at their
// JSON Pointer, from the engine's own validate), and watch the four widgets and the audit follow.
// Carts, destinations, the language and the clock can be changed to try the configuration.
// A page script of the demo, not part of Overdeliver; no inline script, so the strict CSP holds.
(function () {
  'use strict';

  var $ = function (id) { return document.getElementById(id); };
  var configBox = $('pg-config');
  var statusLine = $('pg-status');
  var errorList = $('pg-errors');
  var cartBox = $('pg-cart');
  var cartStatus = $('pg-cart-status');
  var widgets = $('pg-widgets');

  var CARTS = {
    'one-mug': { items: [{ sku: 'MUG-SLATE', qty: 1, price: 1800 }] },
    mixed: { items: [{ sku: 'MUG-SLATE', qty: 2, price: 1800 }, { sku: 'BOWL-RAMEN', qty: 1, price: 3200 }] },
    big: { items: [{ sku: 'MUG-SLATE', qty: 12, price: 1800 }, { sku: 'BOWL-RAMEN', qty: 4, price: 3200 }] },
    backorder: { items: [{ sku: 'MUG-SLATE', qty: 1, price: 1800 }, { sku: 'TEAPOT-LARGE', qty: 1, price: 6800 }] },
    bulky: { items: [{ sku: 'PLANTER-XL', qty: 1, price: 9500 }, { sku: 'TEA-TOWEL', qty: 2, price: 1200 }] },
  };

  // ---- the clock: the widgets ask the engine about Date.now(), so moving it moves their "now"
  var realNow = Date.now.bind(Date);
  var offset = 0;
  Date.now = function () { return realNow() + offset; };

  function refreshWidgets() {
    widgets.querySelectorAll('od-shipping-quote, od-delivery-promise, od-cart-check, od-contact').forEach(function (el) {
      if (typeof el.scheduleRefresh === 'function') el.scheduleRefresh();
    });
  }

  function pad(n) { return String(n).padStart(2, '0'); }
  function localInputValue(ms) {
    var d = new Date(ms);
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()) + 'T' + pad(d.getHours()) + ':' + pad(d.getMinutes());
  }

  function setOffset(ms, fromSlider) {
    offset = ms;
    $('pg-clock').value = localInputValue(Date.now());
    var hours = Math.round(offset / 3600000);
    if (!fromSlider) $('pg-clock-shift').value = String(Math.max(-72, Math.min(168, hours)));
    $('pg-clock-shift-label').textContent = hours === 0 ? 'now' : (hours > 0 ? '+' : '') + hours + ' h';
    refreshWidgets();
  }

  $('pg-clock').addEventListener('change', function () {
    var target = new Date($('pg-clock').value).getTime();
    if (!Number.isNaN(target)) setOffset(target - realNow(), false);
  });
  $('pg-clock-shift').addEventListener('input', function () {
    setOffset(Number($('pg-clock-shift').value) * 3600000, true);
  });
  $('pg-clock-now').addEventListener('click', function () { setOffset(0, false); });

  // ---- configuration editing
  function api() { return window.Overdeliver; }

  function setStatus(state, text) {
    statusLine.dataset.state = state;
    statusLine.textContent = text;
  }

  // Best effort: the place in the text a JSON Pointer names, found by walking its keys in order.
  function locate(text, pointer) {
    var at = 0;
    var segments = pointer.split('/').slice(1).map(function (s) { return s.replace(/~1/g, '/').replace(/~0/g, '~'); });
    var found = -1;
    segments.forEach(function (segment) {
      if (/^\d+$/.test(segment)) return;
      var index = text.indexOf('"' + segment + '"', at);
      if (index >= 0) { found = index; at = index + 1; }
    });
    return found;
  }

  function select(pointer) {
    var index = locate(configBox.value, pointer);
    configBox.focus();
    if (index >= 0) {
      var end = configBox.value.indexOf('\n', index);
      configBox.setSelectionRange(index, end < 0 ? configBox.value.length : end);
    }
  }

  function showErrors(errors) {
    errorList.replaceChildren();
    errors.forEach(function (error) {
      var item = document.createElement('li');
      var button = document.createElement('button');
      button.type = 'button';
      var code = document.createElement('code');
      code.textContent = error.path || '/';
      button.append(code);
      button.addEventListener('click', function () { select(error.path || ''); });
      item.dataset.pointer = error.path || '';
      item.append(button, ' ', error.message);
      errorList.append(item);
    });
  }

  function syntaxPosition(error, text) {
    var m = /position (\d+)/.exec(String(error && error.message));
    if (!m) return '';
    var before = text.slice(0, Number(m[1])).split('\n');
    return ' (line ' + before.length + ', column ' + (before[before.length - 1].length + 1) + ')';
  }

  function check() {
    var text = configBox.value;
    try {
      JSON.parse(text);
    } catch (error) {
      setStatus('syntax', 'Not valid JSON' + syntaxPosition(error, text) + ': the widgets keep the last valid configuration.');
      showErrors([]);
      return;
    }
    var overdeliver = api();
    if (!overdeliver || !overdeliver.configure) return;
    var result = overdeliver.configure(text);
    if (result.ok) {
      setStatus('valid', 'Valid: the widgets and the audit use this configuration.');
      showErrors([]);
    } else {
      var count = (result.errors || []).length;
      setStatus('invalid', count + (count === 1 ? ' problem' : ' problems') + ': the widgets keep the last valid configuration.');
      showErrors(result.errors || []);
    }
  }

  var timer = 0;
  configBox.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(check, 250);
  });

  function loadDemoConfig() {
    return fetch('/store.json', { cache: 'no-store' }).then(function (r) { return r.text(); }).then(function (text) {
      configBox.value = text;
    });
  }

  $('pg-reset').addEventListener('click', function () { loadDemoConfig().then(check); });

  $('pg-download').addEventListener('click', function () {
    var blob = new Blob([configBox.value], { type: 'application/json' });
    var link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'store.json';
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
  });

  // ---- cart, destination, language
  function applyCart() {
    var cart;
    try {
      cart = JSON.parse(cartBox.value);
    } catch (error) {
      cartStatus.textContent = 'The cart is not valid JSON.';
      return;
    }
    var accepted = api() ? api().setCart(cart) : false;
    cartStatus.textContent = accepted ? '' : 'A cart looks like {"items": [{"sku": "MUG-SLATE", "qty": 1, "price": 1800}]}.';
  }

  $('pg-cart-preset').addEventListener('change', function () {
    var preset = CARTS[$('pg-cart-preset').value];
    if (preset) {
      cartBox.value = JSON.stringify(preset, null, 2);
      applyCart();
    }
  });
  cartBox.addEventListener('input', function () {
    $('pg-cart-preset').value = 'custom';
    clearTimeout(cartBox.timer);
    cartBox.timer = setTimeout(applyCart, 250);
  });

  function applyDestination() {
    var destination = { country: $('pg-country').value };
    var postcode = $('pg-postcode').value.trim();
    if (postcode) destination.postcode = postcode;
    if (api()) api().setDestination(destination);
  }
  $('pg-country').addEventListener('change', function () {
    $('pg-postcode').value = '';
    applyDestination();
  });
  $('pg-postcode').addEventListener('change', applyDestination);

  $('pg-lang').addEventListener('change', function () {
    widgets.setAttribute('lang', $('pg-lang').value);
    refreshWidgets();
  });

  // ---- start
  cartBox.value = JSON.stringify(CARTS.mixed, null, 2);
  setOffset(0, false);
  var loaded = loadDemoConfig();
  function start() {
    applyCart();
    applyDestination();
    loaded.then(function () {
      api().ready.then(check, function () {
        setStatus('invalid', 'The engine could not start: see the browser console.');
      });
    });
  }
  if (api()) start();
  else document.addEventListener('DOMContentLoaded', start);
})();
