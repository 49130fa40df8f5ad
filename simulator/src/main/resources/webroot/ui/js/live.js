// The page's live copy of the simulator's state: loaded from the control API, kept current by the
// server-sent events of /_sim/events. Views subscribe and re-render from it.
import {api, withTenant} from './api.js';
import {batched, instant} from './dom.js';

// The request journal has no event of its own, so the journals are also re-read on a timer while
// the page is visible (and soon after each transaction event).
// Requests and callbacks arrive as events; the poll only repairs anything missed.
const JOURNAL_POLL_MILLIS = 15000;

const RANK = {CREATED: 0, PENDING: 1, SUCCESSFUL: 2, FAILED: 2};

// A stream the browser gave up on (refused: the simulator's listener cap, or the simulator is gone)
// is tried again after a wait that doubles from the first to the longest, each time a random point
// in its upper half, so that refused pages neither hammer the simulator nor come back all at once.
// A stream that opens starts the doubling over.
const RETRY_FIRST_MILLIS = 1000;
const RETRY_LONGEST_MILLIS = 30000;
// After a resync, reconnect within this long, at a random moment so that dropped pages do not all
// come back at once.
const RESYNC_SPREAD_MILLIS = 1000;

export class LiveState {
  /** journals: whether this page shows the callback and request journals (and so reads them). */
  constructor({journals = true} = {}) {
    this.withJournals = journals;
    this.transactions = new Map(); // referenceId -> view
    this.changed = new Set(); // referenceIds changed since the last render, for a highlight
    this.mode = null;
    this.rules = [];
    this.callbacks = [];
    this.callbacksAvailable = true;
    this.requests = [];
    this.connection = 'connecting'; // connecting | live | reconnecting | closed (retried)
    this.source = null;
    this.retry = null;
    this.refusals = 0; // streams refused in a row
    this.clock = {offsetMillis: 0, frozen: false, frozenAt: null};
    this.arrivedWhileLoading = null;
    this.listeners = new Set();
    this.announcers = new Set();
    this.notify = batched(() => {
      this.listeners.forEach((listener) => listener(this));
      this.changed.clear();
    });
    this.refreshJournals = batched(() => this.loadJournals(), 250);
  }

  /** fn(state) after every change (batched). */
  subscribe(fn) {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** fn(message) for changes worth announcing to screen-reader users. */
  onAnnounce(fn) {
    this.announcers.add(fn);
  }

  announce(message) {
    this.announcers.forEach((fn) => fn(message));
  }

  /** The simulator clock's current time, in epoch millis. */
  now() {
    return this.clock.frozen && this.clock.frozenAt !== null ? this.clock.frozenAt : Date.now() + this.clock.offsetMillis;
  }

  syncClock({now, frozen}) {
    const simulated = instant(now);
    this.clock = {offsetMillis: simulated - Date.now(), frozen: Boolean(frozen), frozenAt: frozen ? simulated : null};
  }

  /** Transactions newest first. */
  list() {
    return [...this.transactions.values()].sort((a, b) => (b.createdAt || '').localeCompare(a.createdAt || ''));
  }

  async start() {
    // Subscribe first, then read: a payment made in between is then seen by one or the other.
    this.connect();
    setInterval(() => {
      if (document.visibilityState === 'visible') this.loadJournals();
    }, JOURNAL_POLL_MILLIS);
    // Re-read the clock now and then too: it follows real time, but the two may drift apart.
    setInterval(() => this.loadClock(), 30000);
  }

  async loadAll() {
    this.arrivedWhileLoading = [];
    let transactions, mode, rules, clock;
    try {
      [transactions, mode, rules, clock] = await Promise.all([
        api.transactions(), api.approvalMode(), api.rules(), api.clock(),
      ]);
    } catch (error) {
      this.arrivedWhileLoading = null;
      throw error;
    }
    const arrived = this.arrivedWhileLoading;
    this.arrivedWhileLoading = null;
    this.transactions = new Map(transactions.map((t) => [t.referenceId, t]));
    arrived.forEach((view) => this.merge(view));
    this.mode = mode;
    this.rules = rules;
    this.syncClock(clock);
    await this.loadJournals();
    this.notify();
  }

  async loadClock() {
    try {
      this.syncClock(await api.clock());
      this.notify();
    } catch {
      // the connection indicator already tells the reader
    }
  }

  async loadJournals() {
    if (!this.withJournals) return;
    const [callbacks, requests] = await Promise.allSettled([api.callbacks(), api.requests()]);
    // Until the callback journal exists on the server, show it empty rather than broken.
    this.callbacksAvailable = callbacks.status === 'fulfilled';
    this.callbacks = callbacks.status === 'fulfilled' ? callbacks.value : [];
    if (requests.status === 'fulfilled') this.requests = requests.value;
    this.notify();
  }

  /** Opens the event stream (closing any earlier one). */
  connect() {
    clearTimeout(this.retry);
    if (this.source) this.source.close();
    const source = new EventSource(withTenant('/_sim/events'));
    this.source = source;
    source.addEventListener('open', () => {
      this.refusals = 0;
      // On the first connection, and after a drop or a resync (events were missed): read everything.
      this.loadAll().then(() => {
        this.connection = 'live';
        this.notify();
      }).catch(() => {
        this.connection = 'reconnecting';
        this.notify();
      });
    });
    source.addEventListener('error', () => {
      if (this.source !== source) return;
      // The browser retries a dropped stream by itself, but not a refused one: then we do.
      if (source.readyState === EventSource.CLOSED) {
        this.connection = 'closed';
        this.reconnectIn(this.backoff());
      } else {
        this.connection = 'reconnecting';
      }
      this.notify();
    });
    const on = (type, fn) => source.addEventListener(type, (event) => {
      let data = {};
      try {
        data = event.data ? JSON.parse(event.data) : {};
      } catch {
        data = {};
      }
      fn(data);
      this.notify();
    });
    on('transaction', (view) => this.upsert(view));
    on('callback', (delivery) => {
      if (!delivery.id) return;
      const at = this.callbacks.findIndex((entry) => entry.id === delivery.id);
      if (at >= 0) this.callbacks[at] = delivery;
      else this.callbacks = [delivery, ...this.callbacks];
      this.callbacksAvailable = true;
    });
    on('request', (entry) => {
      if (!entry.id || this.requests.some((known) => known.id === entry.id)) return;
      this.requests = [entry, ...this.requests].slice(0, 500);
    });
    on('clock', (clock) => this.syncClock(clock));
    on('approval-mode', ({mode}) => {
      this.mode = mode;
      this.announce(`Approval mode is now ${mode}.`);
    });
    on('rules', () => api.rules().then((rules) => {
      this.rules = rules;
      this.notify();
    }));
    // The simulator dropped this page (it fell behind, or every listener was asked to resync):
    // reconnect, and the open handler re-reads the state.
    on('resync', () => {
      source.close();
      this.connection = 'reconnecting';
      this.reconnectIn(Math.random() * RESYNC_SPREAD_MILLIS);
    });
    on('reset', () => {
      this.transactions.clear();
      this.announce('The simulator was reset.');
      this.loadAll().catch(() => {});
    });
  }

  /** How long to wait before the next try after one more refusal. */
  backoff() {
    const ceiling = Math.min(RETRY_LONGEST_MILLIS, RETRY_FIRST_MILLIS * 2 ** this.refusals);
    this.refusals += 1;
    return ceiling / 2 + Math.random() * (ceiling / 2);
  }

  reconnectIn(millis) {
    clearTimeout(this.retry);
    this.retry = setTimeout(() => this.connect(), millis);
  }

  /** Keeps the more advanced of two copies of a transaction (events may cross a snapshot). */
  merge(view) {
    const before = this.transactions.get(view.referenceId);
    if (!before || RANK[view.status] >= RANK[before.status]) this.transactions.set(view.referenceId, view);
    return before;
  }

  upsert(view) {
    if (this.arrivedWhileLoading) this.arrivedWhileLoading.push(view);
    const before = this.merge(view);
    this.changed.add(view.referenceId);
    if (!before || before.status !== view.status) {
      const what = `${view.product} ${view.operation || 'payment'} ${view.referenceId.slice(0, 8)}`;
      this.announce(before
        ? `${what} is now ${view.status}${view.reason ? ' ' + view.reason : ''}.`
        : `New ${what}: ${view.amount} ${view.currency}, ${view.status}.`);
    }
    this.refreshJournals();
  }
}
