// /_sim/ui/phone/{msisdn}: the payer phone alone, for a presenter's handset.
import {LiveState} from './live.js';
import {PhonePanel} from './phone.js';

const $ = (selector) => document.querySelector(selector);
const PREFIX = '/_sim/ui/phone/';

function msisdnFromPath() {
  const path = location.pathname;
  if (!path.startsWith(PREFIX)) return '';
  try {
    return decodeURIComponent(path.slice(PREFIX.length).split('/')[0]).trim();
  } catch {
    return '';
  }
}

const state = new LiveState({journals: false});
const phone = new PhonePanel($('#phone'), state);
const msisdn = msisdnFromPath();
phone.setMsisdn(msisdn);
$('#phone-page-number').textContent = msisdn;
document.title = msisdn ? `MoMo ${msisdn} · momo-sim` : document.title;

const form = $('#phone-page-form');
form.hidden = Boolean(msisdn);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const chosen = $('#phone-page-msisdn').value.trim();
  if (chosen) location.assign(PREFIX + encodeURIComponent(chosen));
});

const CONNECTION_TEXT = {connecting: 'Connecting…', live: 'Live', reconnecting: 'Reconnecting…', closed: 'Disconnected'};
state.subscribe(() => {
  const connection = $('#connection');
  connection.dataset.state = state.connection;
  connection.textContent = CONNECTION_TEXT[state.connection] || state.connection;
  document.body.dataset.connection = state.connection;
});
state.start();
