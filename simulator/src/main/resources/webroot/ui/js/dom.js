// Small DOM and formatting helpers. Everything user-supplied goes in as text, never as HTML.

/** Creates an element: h('td', {class: 'x', dataset: {ref: 'r'}}, 'text', childNode, ...). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (value === true) el.setAttribute(key, '');
    else el.setAttribute(key, String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the children of an element. */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
}

/** "EUR 1,250.50" from the wire's decimal string, without floating-point surprises in the digits. */
export function money(amount, currency) {
  if (amount === null || amount === undefined) return '';
  const [whole, fraction] = String(amount).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = fraction ? '.' + fraction.padEnd(2, '0') : '';
  return `${currency || ''} ${grouped}${cents}`.trim();
}

/** "42s", "3m 05s", "2h 10m", "3d 4h" for a duration in milliseconds (negative counts as 0). */
export function duration(millis) {
  const total = Math.max(0, Math.floor(millis / 1000));
  const days = Math.floor(total / 86400);
  const hours = Math.floor((total % 86400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  if (days) return `${days}d ${hours}h`;
  if (hours) return `${hours}h ${String(minutes).padStart(2, '0')}m`;
  if (minutes) return `${minutes}m ${String(seconds).padStart(2, '0')}s`;
  return `${seconds}s`;
}

/** "4:59" for a countdown. */
export function countdown(millis) {
  const total = Math.max(0, Math.ceil(millis / 1000));
  const minutes = Math.floor(total / 60);
  return `${minutes}:${String(total % 60).padStart(2, '0')}`;
}

/** "14:03:07" in the browser's time zone. */
export function clockTime(date) {
  return date.toLocaleTimeString([], {hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false});
}

export function shortId(id) {
  return id ? String(id).slice(0, 8) : '';
}

/**
 * Runs fn once soon, however often it is asked for in the meantime. A timer rather than
 * requestAnimationFrame, so a page in a background tab still catches up.
 */
export function batched(fn, delayMillis = 16) {
  let timer = null;
  return () => {
    if (timer !== null) return;
    timer = setTimeout(() => {
      timer = null;
      fn();
    }, delayMillis);
  };
}

/**
 * Epoch millis of an ISO instant. The simulator writes up to nine fraction digits; not every
 * browser's Date.parse takes more than three, so the rest is cut off first.
 */
export function instant(text) {
  if (!text) return NaN;
  return Date.parse(String(text).replace(/(\.\d{3})\d+/, '$1'));
}
