// The demo store's own page script (not part of Overdeliver): a cart kept in localStorage, a
// small cart editor and a destination picker. It hands the cart to the widgets with
// Overdeliver.setCart() and the destination with Overdeliver.setDestination().
(function () {
  'use strict';

  var CART_KEY = 'demo-shop:cart:v2';
  // The same SKUs as the store's catalogue (store.json): the engine knows their weight and size.
  var PRODUCTS = [
    { sku: 'MUG-SLATE', name: 'Slate glaze mug', price: 1800 },
    { sku: 'BOWL-RAMEN', name: 'Ramen bowl', price: 3200 },
    { sku: 'TEA-TOWEL', name: 'Linen tea towel', price: 1200 },
    { sku: 'TEAPOT-LARGE', name: 'Large teapot (back in December)', price: 6800 },
    { sku: 'PLANTER-XL', name: 'Garden planter', price: 9500 },
  ];
  var money = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

  function product(sku) {
    return PRODUCTS.find(function (p) { return p.sku === sku; });
  }

  function loadCart() {
    try {
      var cart = JSON.parse(localStorage.getItem(CART_KEY));
      if (cart && Array.isArray(cart.items)) return cart;
    } catch (e) { /* no stored cart */ }
    return { items: [{ sku: 'MUG-SLATE', qty: 2, price: 1800 }] };
  }

  var cart = loadCart();

  function publish() {
    try { localStorage.setItem(CART_KEY, JSON.stringify(cart)); } catch (e) { /* storage off */ }
    var count = cart.items.reduce(function (n, item) { return n + item.qty; }, 0);
    var counter = document.getElementById('cart-count');
    if (counter) counter.textContent = String(count);
    if (window.Overdeliver) window.Overdeliver.setCart(cart);
    else document.dispatchEvent(new CustomEvent('od-cart', { detail: cart }));
    renderEditor();
  }

  function setQty(sku, qty) {
    var p = product(sku);
    var item = cart.items.find(function (i) { return i.sku === sku; });
    if (qty <= 0) {
      cart.items = cart.items.filter(function (i) { return i.sku !== sku; });
    } else if (item) {
      item.qty = qty;
    } else if (p) {
      cart.items.push({ sku: p.sku, qty: qty, price: p.price });
    }
    publish();
  }

  function el(tag, text, attrs) {
    var node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }

  function renderEditor() {
    var editor = document.getElementById('cart-editor');
    if (!editor) return;
    var table = el('table', undefined, { class: 'cart-table' });
    var head = el('tr');
    ['Item', 'Price', 'Quantity', ''].forEach(function (t) { head.append(el('th', t, { scope: 'col' })); });
    table.append(head);
    PRODUCTS.forEach(function (p) {
      var item = cart.items.find(function (i) { return i.sku === p.sku; });
      var qty = item ? item.qty : 0;
      var row = el('tr', undefined, { 'data-sku': p.sku });
      row.append(el('td', p.name), el('td', money.format(p.price / 100)));
      var cell = el('td');
      var input = el('input', undefined, {
        type: 'number', min: '0', max: '99', value: String(qty), 'aria-label': 'Quantity of ' + p.name,
      });
      input.addEventListener('change', function () {
        var n = parseInt(input.value, 10);
        setQty(p.sku, isNaN(n) ? 0 : Math.max(0, Math.min(99, n)));
      });
      cell.append(input);
      var action = el('td');
      var button = el('button', qty ? 'Remove' : 'Add', { type: 'button' });
      button.addEventListener('click', function () { setQty(p.sku, qty ? 0 : 1); });
      action.append(button);
      row.append(cell, action);
      table.append(row);
    });
    var subtotal = cart.items.reduce(function (sum, i) { return sum + i.price * i.qty; }, 0);
    var total = el('p', 'Subtotal: ' + money.format(subtotal / 100), { class: 'subtotal', id: 'subtotal' });
    editor.replaceChildren(table, total);
  }

  function initBuyForm() {
    var form = document.getElementById('buy');
    if (!form) return;
    var qtyInput = document.getElementById('buy-qty');
    var widgets = document.querySelectorAll('od-delivery-promise[sku], od-shipping-quote[sku]');
    qtyInput.addEventListener('input', function () {
      var n = parseInt(qtyInput.value, 10);
      if (n > 0) widgets.forEach(function (w) { w.setAttribute('qty', String(n)); });
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var sku = form.querySelector('[data-add-sku]').getAttribute('data-add-sku');
      var item = cart.items.find(function (i) { return i.sku === sku; });
      setQty(sku, (item ? item.qty : 0) + (parseInt(qtyInput.value, 10) || 1));
    });
  }

  function initDestination() {
    var select = document.getElementById('destination');
    if (!select) return;
    var current = null;
    try { current = JSON.parse(localStorage.getItem('od:destination')); } catch (e) { /* none */ }
    function choose() {
      var destination = { country: select.value };
      if (window.Overdeliver) window.Overdeliver.setDestination(destination);
      else localStorage.setItem('od:destination', JSON.stringify(destination));
    }
    if (current && current.country) select.value = current.country;
    else choose(); // the widgets should quote for what the picker shows
    select.addEventListener('change', choose);
  }

  initBuyForm();
  initDestination();
  publish();
  document.documentElement.setAttribute('data-shop', 'ready');
})();
