// The payer phone: the request-to-pay prompts waiting for one MSISDN, as MoMo would show them on the
// payer's handset, with Approve and Reject, and the consent requests (bc-authorize) waiting for that
// number. Used by the dashboard and by /_sim/ui/phone/{msisdn}.
import {api} from './api.js';
import {clockTime, countdown, fill, h, instant, money} from './dom.js';
import {explainReason} from './explain.js';

const RECENT = 3;
const CONSENT_POLL_MS = 2000; // consents are not on the event stream: the phone asks for them

export class PhonePanel {
  /** root: an element to render into; state: the page's LiveState. */
  constructor(root, state) {
    this.root = root;
    this.state = state;
    this.msisdn = '';
    this.prompts = new Map(); // referenceId -> <li>
    this.busy = new Set();
    this.consents = [];
    this.build();
    state.subscribe(() => this.render());
    setInterval(() => this.tick(), 250);
    setInterval(() => this.pollConsents(), CONSENT_POLL_MS);
  }

  build() {
    this.time = h('span', {class: 'phone-time'});
    this.number = h('span', {class: 'phone-number'});
    this.list = h('ul', {class: 'prompts', 'aria-live': 'polite', 'aria-relevant': 'additions', 'aria-label': 'Payment requests waiting'});
    this.consentList = h('ul', {class: 'prompts consent-prompts', 'aria-live': 'polite', 'aria-label': 'Consent requests waiting'});
    this.empty = h('p', {class: 'phone-empty'});
    this.hint = h('p', {class: 'phone-hint', hidden: true});
    this.message = h('p', {class: 'phone-message', role: 'status', 'aria-live': 'polite'});
    this.recent = h('ul', {class: 'phone-recent', 'aria-label': 'Recent payments'});
    this.recentHeading = h('h3', {class: 'phone-recent-title', hidden: true}, 'Recent');
    fill(this.root,
      h('div', {class: 'phone'},
        h('div', {class: 'phone-speaker', 'aria-hidden': 'true'}),
        h('div', {class: 'phone-screen'},
          h('div', {class: 'phone-statusbar', 'aria-hidden': 'true'}, h('span', {}, 'MTN'), this.time, h('span', {class: 'phone-signal'}, '●●●● 4G')),
          h('div', {class: 'phone-appbar'},
            h('span', {class: 'momo-logo', 'aria-hidden': 'true'}, 'MoMo'),
            h('span', {class: 'phone-appbar-text'}, 'Mobile Money', h('br'), this.number)),
          this.hint, this.message, this.list, this.consentList, this.empty, this.recentHeading, this.recent)));
    this.render();
  }

  setMsisdn(msisdn) {
    const next = (msisdn || '').trim();
    if (next === this.msisdn) return;
    this.msisdn = next;
    this.list.replaceChildren();
    this.prompts.clear();
    this.consents = [];
    this.consentList.replaceChildren();
    this.message.textContent = '';
    this.render();
    this.pollConsents();
  }

  /** The consent requests waiting for this number, asked for again every few seconds. */
  async pollConsents() {
    const msisdn = this.msisdn;
    if (!msisdn) return;
    let consents;
    try {
      consents = await api.pendingConsents(msisdn);
    } catch {
      return; // the next poll tries again
    }
    if (msisdn !== this.msisdn) return;
    const shown = this.consents.map((c) => c.authReqId).join();
    this.consents = consents;
    if (consents.map((c) => c.authReqId).join() !== shown) {
      fill(this.consentList, consents.map((c) => this.consentPrompt(c)));
      this.render();
    }
  }

  consentPrompt(c) {
    const approve = h('button', {type: 'button', class: 'btn btn-approve', 'aria-label': `Allow ${c.product} to read ${c.scope}`}, 'Allow');
    const reject = h('button', {type: 'button', class: 'btn btn-reject', 'aria-label': `Refuse ${c.product} reading ${c.scope}`}, 'Refuse');
    approve.addEventListener('click', () => this.decideConsent(c, 'approve', [approve, reject]));
    reject.addEventListener('click', () => this.decideConsent(c, 'reject', [approve, reject]));
    return h('li', {class: 'prompt prompt-consent', dataset: {authReqId: c.authReqId}},
      h('p', {class: 'prompt-title'}, 'Consent request'),
      h('p', {class: 'prompt-text'}, `A ${c.product} partner asks to read your details: ${c.scope}`),
      h('p', {class: 'prompt-meta'}, `${c.accessType} access · expires ${clockTime(new Date(instant(c.expiresAt)))}`),
      h('div', {class: 'prompt-actions'}, reject, approve));
  }

  async decideConsent(c, action, buttons) {
    buttons.forEach((b) => { b.disabled = true; });
    try {
      const view = await (action === 'approve' ? api.approveConsent(c.authReqId) : api.rejectConsent(c.authReqId));
      this.message.textContent = view.status === 'APPROVED' ? `Consent given to ${c.product}.` : `Consent refused to ${c.product}.`;
    } catch (error) {
      this.message.textContent = `Could not ${action}: ${error.message}`;
    }
    this.consents = this.consents.filter((other) => other.authReqId !== c.authReqId);
    fill(this.consentList, this.consents.map((other) => this.consentPrompt(other)));
    this.render();
  }

  /** The transactions this payer approves (request-to-pay, withdrawal, invoice, pre-approval), oldest first. */
  mine() {
    return this.state.list().filter((t) => t.party && t.party.partyId === this.msisdn && payerApproves(t)).reverse();
  }

  render() {
    this.number.textContent = this.msisdn || 'no number chosen';
    this.root.dataset.msisdn = this.msisdn;
    const mine = this.msisdn ? this.mine() : [];
    const waiting = mine.filter((t) => t.status === 'PENDING' || t.status === 'CREATED');
    const refs = new Set(waiting.map((t) => t.referenceId));
    for (const [ref, item] of this.prompts) {
      if (!refs.has(ref)) {
        item.remove();
        this.prompts.delete(ref);
      }
    }
    for (const t of waiting) {
      if (!this.prompts.has(t.referenceId)) {
        const item = this.prompt(t);
        this.prompts.set(t.referenceId, item);
        this.list.append(item);
      }
    }
    this.empty.hidden = waiting.length > 0 || this.consents.length > 0;
    this.empty.textContent = this.msisdn ? 'No payment requests waiting.' : 'Choose a payer number to see its requests.';
    this.hint.hidden = !(this.state.mode === 'AUTO');
    this.hint.textContent = 'Approval mode is AUTO: payments are decided at once. Switch to MANUAL to approve them here.';
    const done = mine.filter((t) => t.status === 'SUCCESSFUL' || t.status === 'FAILED').reverse().slice(0, RECENT);
    this.recentHeading.hidden = done.length === 0;
    fill(this.recent, done.map((t) => h('li', {class: `recent status-${t.status}`, dataset: {ref: t.referenceId}},
      h('span', {class: 'recent-amount'}, money(t.amount, t.currency)),
      h('span', {class: 'recent-status', title: explainReason(t.reason)},
        t.status === 'SUCCESSFUL' ? '✓ Paid' : `✕ ${t.reason || 'Failed'}`))));
    this.tick();
  }

  prompt(t) {
    const approve = h('button', {type: 'button', class: 'btn btn-approve', 'aria-label': `Approve ${money(t.amount, t.currency)} ${t.payerMessage || ''}`.trim()}, 'Approve');
    const reject = h('button', {type: 'button', class: 'btn btn-reject', 'aria-label': `Reject ${money(t.amount, t.currency)} ${t.payerMessage || ''}`.trim()}, 'Reject');
    approve.addEventListener('click', () => this.decide(t, 'approve', [approve, reject]));
    reject.addEventListener('click', () => this.decide(t, 'reject', [approve, reject]));
    const [currency, figure] = [t.currency, money(t.amount, '')];
    return h('li', {class: 'prompt', dataset: {ref: t.referenceId, expiresAt: t.expiresAt || ''}},
      h('p', {class: 'prompt-title'}, PROMPT_TITLES[t.operation] || 'Payment request'),
      h('p', {class: 'prompt-amount'}, h('span', {class: 'prompt-currency'}, currency), ' ', figure),
      h('p', {class: 'prompt-text'}, t.payerMessage ? `“${t.payerMessage}”` : 'No message from the merchant'),
      h('p', {class: 'prompt-meta'}, [t.externalId ? `Ref ${t.externalId}` : null, t.payeeNote].filter(Boolean).join(' · ')),
      h('p', {class: 'prompt-countdown', role: 'timer'}, t.expiresAt ? 'Expires in ' : '', h('time', {class: 'countdown'})),
      h('div', {class: 'prompt-actions'}, reject, approve));
  }

  async decide(t, action, buttons) {
    buttons.forEach((b) => { b.disabled = true; });
    try {
      const view = await (action === 'approve' ? api.approve(t.referenceId) : api.reject(t.referenceId));
      this.state.upsert(view);
      this.message.textContent = view.status === 'SUCCESSFUL'
        ? `Paid ${money(view.amount, view.currency)}.`
        : `Declined ${money(view.amount, view.currency)}${view.reason ? ' (' + view.reason + ')' : ''}.`;
      this.state.notify();
    } catch (error) {
      buttons.forEach((b) => { b.disabled = false; });
      this.message.textContent = error.code === 'TRANSACTION_ALREADY_FINAL'
        ? 'This request was already decided.' : `Could not ${action}: ${error.message}`;
    }
  }

  tick() {
    const now = this.state.now();
    this.time.textContent = clockTime(new Date(now)).slice(0, 5);
    for (const item of this.prompts.values()) {
      const out = item.querySelector('.countdown');
      const expiresAt = item.dataset.expiresAt;
      if (!expiresAt) {
        out.textContent = 'Waiting';
        continue;
      }
      const left = instant(expiresAt) - now;
      out.textContent = left > 0 ? countdown(left) : 'now';
      out.setAttribute('datetime', expiresAt);
      item.classList.toggle('urgent', left < 60000);
    }
  }
}

/** What the phone calls each kind of request a payer approves. */
const PROMPT_TITLES = {
  requesttopay: 'Payment request',
  requesttowithdraw: 'Withdrawal request',
  invoice: 'Invoice',
  preapproval: 'Pre-approval of future payments',
};

/** Whether the party of a transaction is a payer who approves it on their phone. */
export function payerApproves(t) {
  return ['requesttopay', 'requesttowithdraw', 'invoice', 'preapproval'].includes(t.operation);
}
