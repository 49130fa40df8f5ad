// The dashboard page: live transactions, payer phone, controls, rules, callback and request journals.
import {api, tenant, withTenant} from './api.js';
import {clockTime, duration, fill, h, instant, money, shortId} from './dom.js';
import {explainReason, explainRefusal} from './explain.js';
import {LiveState} from './live.js';
import {PhonePanel, payerApproves} from './phone.js';

const $ = (selector) => document.querySelector(selector);
const REQUESTS_SHOWN = 200;

const state = new LiveState();
const phone = new PhonePanel($('#phone'), state);

// ---- page chrome: connection, clock, announcements, notices ----

const CONNECTION_TEXT = {connecting: 'Connecting…', live: 'Live', reconnecting: 'Reconnecting…', closed: 'Disconnected'};

function renderChrome() {
  const connection = $('#connection');
  connection.dataset.state = state.connection;
  connection.textContent = CONNECTION_TEXT[state.connection] || state.connection;
  document.body.dataset.connection = state.connection;
  renderClock();
}

function renderClock() {
  const now = new Date(state.now());
  $('#sim-clock').textContent = `${clockTime(now)}${state.clock.frozen ? ' · frozen' : ''}`;
  const ahead = Math.round(state.clock.offsetMillis / 1000);
  $('#sim-clock').title = `Simulator clock ${now.toISOString()}${Math.abs(ahead) > 1 ? ` (${duration(Math.abs(ahead) * 1000)} ${ahead > 0 ? 'ahead of' : 'behind'} this computer)` : ''}`;
}

state.onAnnounce((message) => {
  $('#announcer').textContent = message;
});

let noticeTimer = null;
function notice(message, kind = 'ok') {
  const el = $('#notice');
  el.textContent = message;
  el.dataset.kind = kind;
  el.hidden = false;
  clearTimeout(noticeTimer);
  noticeTimer = setTimeout(() => { el.hidden = true; }, 6000);
}

async function act(work, done) {
  try {
    const result = await work();
    if (done) notice(done(result));
  } catch (error) {
    notice(`${error.code ? error.code + ': ' : ''}${error.message}`, 'error');
  }
}

// ---- transactions ----

const rows = new Map(); // referenceId -> {tr, view}

function statusBadge(status) {
  return h('span', {class: `badge status-${status}`}, status);
}

function fillRow(tr, t) {
  const party = h('button', {type: 'button', class: 'link-button', title: 'Show on the payer phone'}, t.party ? t.party.partyId : '');
  party.addEventListener('click', () => {
    choosePhone(t.party.partyId, true);
    $('#phone-card').scrollIntoView({block: 'nearest'});
  });
  fill(tr,
    h('td', {'data-label': 'Product', class: 'product'}, h('span', {class: `product-tag product-${t.product}`}, t.product), h('span', {class: 'operation'}, t.operation)),
    h('td', {'data-label': 'Reference id', class: 'ref'}, h('code', {title: t.referenceId}, t.referenceId)),
    h('td', {'data-label': 'Party', class: 'party'}, party, h('span', {class: 'party-type'}, t.party ? t.party.partyIdType : '')),
    h('td', {'data-label': 'Amount', class: 'num amount'}, money(t.amount, t.currency)),
    h('td', {'data-label': 'Status', class: 'status', title: t.decidedBy ? `decided by ${t.decidedBy}` : null}, statusBadge(t.status)),
    h('td', {'data-label': 'Reason', class: 'reason', title: explainReason(t.reason)}, t.reason || ''),
    h('td', {'data-label': 'Age', class: 'num age'}));
  tr.dataset.status = t.status;
  tr.dataset.product = t.product;
}

function renderTransactions() {
  const status = $('#tx-status-filter').value;
  const product = $('#tx-product-filter').value;
  const all = state.list();
  const shown = all.filter((t) => (!status || t.status === status) && (!product || t.product === product));
  const keep = new Set(shown.map((t) => t.referenceId));
  for (const [ref, row] of rows) {
    if (!keep.has(ref)) {
      row.tr.remove();
      rows.delete(ref);
    }
  }
  const ordered = shown.map((t) => {
    let row = rows.get(t.referenceId);
    if (!row) {
      row = {tr: h('tr', {dataset: {ref: t.referenceId}}), view: null};
      rows.set(t.referenceId, row);
    }
    if (row.view !== t) {
      fillRow(row.tr, t);
      if (row.view || state.changed.has(t.referenceId)) flash(row.tr);
      row.view = t;
    }
    return row.tr;
  });
  const body = $('#transactions tbody');
  const current = [...body.children];
  if (current.length !== ordered.length || current.some((tr, i) => tr !== ordered[i])) body.replaceChildren(...ordered);
  $('#tx-empty').hidden = shown.length > 0;
  $('#tx-empty').textContent = all.length
    ? 'No payments match these filters.'
    : 'No payments yet. Send a request-to-pay to the simulator and it shows up here at once.';
  $('#tx-count').textContent = shown.length === all.length ? `${all.length} total` : `${shown.length} of ${all.length} shown`;
  renderAges();
}

function flash(tr) {
  tr.classList.remove('flash');
  void tr.offsetWidth; // restart the animation
  tr.classList.add('flash');
}

function renderAges() {
  const now = state.now();
  for (const {tr, view} of rows.values()) {
    const cell = tr.querySelector('.age');
    if (cell && view) cell.textContent = view.createdAt ? duration(now - instant(view.createdAt)) : '';
  }
}

// ---- payer phone picker ----

// Until someone picks or types a number, show the newest payer with a request waiting. Once they
// have, leave the field alone, even emptied: refilling it would append their typing to our number.
let followWaiting = true;

function choosePhone(msisdn, byHand) {
  if (byHand) followWaiting = false;
  if ($('#phone-msisdn').value.trim() !== msisdn) $('#phone-msisdn').value = msisdn;
  phone.setMsisdn(msisdn);
  const link = $('#phone-link');
  link.href = `/_sim/ui/phone/${encodeURIComponent(msisdn)}`;
  link.hidden = !msisdn;
  renderPicker();
}

function renderPicker() {
  const waiting = new Map();
  const parties = new Set();
  for (const t of state.list()) {
    if (!t.party || !payerApproves(t)) continue;
    parties.add(t.party.partyId);
    if (t.status === 'PENDING' || t.status === 'CREATED') waiting.set(t.party.partyId, (waiting.get(t.party.partyId) || 0) + 1);
  }
  fill($('#known-parties'), [...parties].map((p) => h('option', {value: p})));
  fill($('#waiting-parties'), [...waiting].map(([party, count]) => {
    const chip = h('button', {type: 'button', class: 'chip', 'aria-pressed': String(party === phone.msisdn)},
      party, h('span', {class: 'chip-count'}, `${count} waiting`));
    chip.addEventListener('click', () => choosePhone(party, true));
    return chip;
  }));
  if (followWaiting && waiting.size && !waiting.has(phone.msisdn)) choosePhone([...waiting.keys()][0], false);
}

$('#phone-msisdn').addEventListener('input', (event) => choosePhone(event.target.value.trim(), true));

// ---- controls ----

const MODE_HELP = {
  AUTO: 'Payments are decided at once by the rules.',
  MANUAL: 'Requests-to-pay wait for Approve or Reject on the payer phone, or expire at the end of the approval window.',
};

function renderControls() {
  for (const radio of document.querySelectorAll('input[name="approval-mode"]')) radio.checked = radio.value === state.mode;
  $('#mode-help').textContent = MODE_HELP[state.mode] || '';
}

for (const radio of document.querySelectorAll('input[name="approval-mode"]')) {
  radio.addEventListener('change', () => act(() => api.setApprovalMode(radio.value), (mode) => {
    state.mode = mode;
    state.notify();
    return `Approval mode: ${mode}.`;
  }));
}

function advance(seconds) {
  act(() => api.advanceClock(seconds), (clock) => {
    state.syncClock(clock);
    state.notify();
    return `Clock advanced by ${duration(seconds * 1000)}; simulator time ${clockTime(new Date(instant(clock.now)))}.`;
  });
}

$('#advance-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const seconds = Number($('#advance-seconds').value);
  if (Number.isFinite(seconds) && seconds > 0) advance(seconds);
});
for (const button of document.querySelectorAll('.quick [data-seconds]')) {
  button.addEventListener('click', () => advance(Number(button.dataset.seconds)));
}

$('#reset-button').addEventListener('click', () => act(() => api.reset(), () => {
  followWaiting = true;
  choosePhone('', false);
  return 'Simulator reset.';
}));

// ---- rules ----

function describeMatch(match = {}) {
  const parts = [];
  if (match.products) parts.push(match.products.join('/'));
  if (match.operations) parts.push(match.operations.join('/'));
  if (match.partyId) parts.push(`party ${[].concat(match.partyId).join(', ')}`);
  if (match.partyIdPrefix) parts.push(`party ${match.partyIdPrefix}…`);
  if (match.partyIdRegex) parts.push(`party /${match.partyIdRegex}/`);
  if (match.amountMin || match.amountMax) parts.push(`amount ${match.amountMin || '0'}–${match.amountMax || '∞'}`);
  if (match.currency) parts.push(match.currency);
  if (match.externalId) parts.push(`externalId ${match.externalId}`);
  return parts.length ? parts.join(' · ') : 'any payment';
}

function describeOutcome(outcome = {}) {
  const parts = [outcome.manual ? 'wait for approval' : [outcome.status, outcome.reason].filter(Boolean).join(' ')];
  if (outcome.delaySeconds) parts.push(`after ${duration(outcome.delaySeconds * 1000)} (${outcome.initialStatus} first)`);
  if (outcome.httpFault) parts.push(`HTTP fault ${outcome.httpFault.status || ''} ${outcome.httpFault.code || ''}`.trim());
  if (outcome.callbackFault) parts.push('callback fault');
  return parts.join(', ');
}

function renderRules() {
  $('#rules-count').textContent = String(state.rules.length);
  fill($('#rules'), state.rules.map((rule) => h('li', {},
    h('span', {class: 'rule-name'}, rule.name || 'unnamed rule'),
    h('span', {class: 'rule-detail'}, describeMatch(rule.match), ' → ', h('strong', {}, describeOutcome(rule.outcome))),
    rule.times ? h('span', {class: 'pill'}, `${rule.remainingUses} of ${rule.times} uses left`) : null)));
  if (!state.rules.length) fill($('#rules'), h('li', {class: 'muted'}, 'No rules: every payment succeeds at once.'));
}

// ---- callbacks ----

function attemptText(attempt) {
  if (!attempt) return 'not sent yet';
  if (attempt.sent === false) return `not sent: ${attempt.error}`;
  const answer = attempt.statusCode ? `HTTP ${attempt.statusCode}` : attempt.error || 'no answer';
  return `${answer} in ${Math.round(attempt.durationMillis)} ms`;
}

const callbackRows = new Map(); // id -> {tr, json}; a row is rebuilt only when its entry changes

/** What the callback told the merchant, e.g. "FAILED APPROVAL_REJECTED". */
function bodySummary(body) {
  if (!body || !body.status) return '';
  const reason = body.reason && typeof body.reason === 'object' ? body.reason.code : body.reason;
  return [body.status, reason].filter(Boolean).join(' ');
}

function renderCallbacks() {
  const entries = state.callbacks;
  const keep = new Set(entries.map((cb) => cb.id));
  for (const id of callbackRows.keys()) if (!keep.has(id)) callbackRows.delete(id);
  const ordered = entries.map((cb) => {
    const json = JSON.stringify(cb);
    let row = callbackRows.get(cb.id);
    if (!row || row.json !== json) {
      const tr = row ? row.tr : h('tr');
      fill(tr, callbackCells(cb));
      tr.dataset.id = cb.id;
      tr.dataset.ref = cb.referenceId;
      row = {tr, json};
      callbackRows.set(cb.id, row);
    }
    return row.tr;
  });
  const body = $('#callbacks tbody');
  const current = [...body.children];
  if (current.length !== ordered.length || current.some((tr, i) => tr !== ordered[i])) body.replaceChildren(...ordered);
  $('#callbacks-empty').hidden = entries.length > 0;
  $('#callbacks-empty').textContent = state.callbacksAvailable
    ? 'No callbacks yet. They are sent when a payment with an X-Callback-Url ends.'
    : 'The callback journal is not available on this simulator.';
  $('#callbacks-count').textContent = entries.length ? `${entries.length} deliveries` : '';
}

function callbackCells(cb) {
  const attempts = cb.attempts || [];
  const last = attempts[attempts.length - 1];
  const resend = h('button', {type: 'button', class: 'btn btn-small', 'aria-label': `Re-send callback ${cb.id} for ${shortId(cb.referenceId)}`}, 'Re-send');
  resend.addEventListener('click', () => act(() => api.resendCallback(cb.id), () => {
    state.refreshJournals();
    return `Callback for ${shortId(cb.referenceId)} sent again.`;
  }));
  return [
    h('td', {'data-label': 'Time'}, attempts[0] ? clockTime(new Date(instant(attempts[0].at))) : '—'),
    h('td', {'data-label': 'Reference id', class: 'ref'}, h('code', {title: cb.referenceId}, `${shortId(cb.referenceId)}…`),
      h('span', {class: 'sub'}, bodySummary(cb.body))),
    h('td', {'data-label': 'Receiver', class: 'url'}, h('span', {class: 'method'}, cb.method), ' ', h('code', {title: cb.url}, cb.url)),
    h('td', {'data-label': 'Delivery'}, h('span', {class: `badge outcome-${cb.outcome}`}, cb.outcome)),
    h('td', {'data-label': 'Attempts', class: 'attempts'}, `${attempts.length} · ${attemptText(last)}`),
    h('td', {class: 'actions'}, resend)];
}

// ---- requests ----

const requestItems = new Map(); // id -> <li>; entries never change, so each is built once

function requestItem(r) {
  const refused = r.status >= 400 || r.error;
  const details = h('details', {},
    h('summary', {}, 'Headers and body'),
    h('pre', {}, Object.entries(r.headers || {}).map(([k, v]) => `${k}: ${v}`).join('\n')),
    r.body ? h('pre', {}, prettyJson(r.body)) : null);
  return h('li', {class: refused ? 'request refused' : 'request', dataset: {id: String(r.id), status: String(r.status)}},
    h('div', {class: 'request-line'},
      h('span', {class: 'request-time'}, clockTime(new Date(instant(r.at)))),
      h('span', {class: `method method-${r.method}`}, r.method),
      h('code', {class: 'request-path'}, r.path + (r.query ? '?' + r.query : '')),
      h('span', {class: `badge http-${String(r.status)[0]}xx`}, String(r.status))),
    r.error ? h('p', {class: 'refusal'},
      h('code', {class: 'refusal-code'}, r.error.code), ' ',
      h('span', {class: 'refusal-text'}, explainRefusal(r.error.code, r.error.message))) : null,
    details);
}

function prettyJson(text) {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

function renderRequests() {
  const refusedOnly = $('#requests-refused-only').checked;
  const shown = state.requests.filter((r) => !refusedOnly || r.status >= 400 || r.error).slice(0, REQUESTS_SHOWN);
  const keep = new Set(shown.map((r) => String(r.id)));
  for (const id of requestItems.keys()) if (!keep.has(id)) requestItems.delete(id);
  const items = shown.map((r) => {
    const id = String(r.id);
    if (!requestItems.has(id)) requestItems.set(id, requestItem(r));
    return requestItems.get(id);
  });
  const list = $('#requests');
  const current = [...list.children];
  if (current.length !== items.length || current.some((li, i) => li !== items[i])) list.replaceChildren(...items);
  $('#requests-empty').hidden = shown.length > 0;
}

// ---- tenant: which one this page shows (its ?tenant= parameter) ----

async function renderTenants() {
  const select = $('#tenant-select');
  let tenants = [];
  try {
    tenants = await api.tenants();
  } catch {
    tenants = [];
  }
  const ids = tenants.map((t) => t.id).filter((id) => id !== 'default');
  if (tenant && !ids.includes(tenant)) ids.unshift(tenant);
  select.replaceChildren(h('option', {value: ''}, 'default'), ...ids.map((id) => h('option', {value: id}, id)));
  select.value = tenant || '';
  $('#phone-link').href = withTenant('/_sim/ui/phone/');
}

$('#tenant-select').addEventListener('change', (event) => {
  const chosen = event.target.value;
  const url = new URL(location.href);
  if (chosen) url.searchParams.set('tenant', chosen);
  else url.searchParams.delete('tenant');
  location.assign(url.toString());
});

// ---- wiring ----

for (const id of ['#tx-status-filter', '#tx-product-filter']) $(id).addEventListener('change', renderTransactions);
$('#requests-refused-only').addEventListener('change', renderRequests);

state.subscribe(() => {
  renderChrome();
  renderTransactions();
  renderPicker();
  renderControls();
  renderRules();
  renderCallbacks();
  renderRequests();
});
setInterval(() => {
  renderClock();
  renderAges();
}, 1000);

choosePhone('', false);
renderTenants();
state.start();
