// The simulator's control API (/_sim/...), as the dashboard uses it.

/** A refused control call: the HTTP status and the {"message","code"} body. */
export class ApiError extends Error {
  constructor(status, code, message) {
    super(message || `HTTP ${status}`);
    this.status = status;
    this.code = code;
  }
}

/** The tenant this page shows (docs/tenants.md): its ?tenant= parameter; null for the default one. */
export const tenant = new URLSearchParams(location.search).get('tenant') || null;

/** A page address that keeps showing this tenant. */
export function withTenant(path) {
  return tenant ? `${path}${path.includes('?') ? '&' : '?'}tenant=${encodeURIComponent(tenant)}` : path;
}

async function call(method, path, body) {
  const init = {method, headers: {Accept: 'application/json'}};
  if (tenant) init.headers['X-Momo-Sim-Tenant'] = tenant;
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const response = await fetch('/_sim' + path, init);
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (!response.ok) {
    throw new ApiError(response.status, json && json.code, (json && json.message) || text || response.statusText);
  }
  return json;
}

const ref = (referenceId) => encodeURIComponent(referenceId);

export const api = {
  transactions: () => call('GET', '/transactions').then((j) => j.transactions || []),
  approve: (referenceId) => call('POST', `/transactions/${ref(referenceId)}/approve`),
  // No reason given: the simulator records the payer's own, APPROVAL_REJECTED.
  reject: (referenceId) => call('POST', `/transactions/${ref(referenceId)}/reject`, {}),
  approvalMode: () => call('GET', '/approval-mode').then((j) => j.mode),
  setApprovalMode: (mode) => call('PUT', '/approval-mode', {mode}).then((j) => j.mode),
  rules: () => call('GET', '/rules').then((j) => j.rules || []),
  tenants: () => call('GET', '/tenants').then((j) => j.tenants || []),
  clock: () => call('GET', '/clock'),
  advanceClock: (seconds) => call('POST', '/clock/advance', {seconds}),
  reset: () => call('POST', '/reset'),
  callbacks: () => call('GET', '/callbacks').then((j) => (j && j.callbacks) || []),
  resendCallback: (id) => call('POST', `/callbacks/${encodeURIComponent(id)}/resend`),
  requests: () => call('GET', '/requests').then((j) => j.requests || []),
  pendingConsents: (msisdn) => call('GET', `/consents?status=PENDING&msisdn=${encodeURIComponent(msisdn)}`).then((j) => j.consents || []),
  approveConsent: (authReqId) => call('POST', `/consents/${ref(authReqId)}/approve`),
  rejectConsent: (authReqId) => call('POST', `/consents/${ref(authReqId)}/reject`),
};
