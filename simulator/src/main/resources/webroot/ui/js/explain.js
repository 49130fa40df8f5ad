// Plain-English explanations of the codes a developer meets: refusals in the request journal
// (error.code) and the reasons of FAILED transactions.

const REFUSALS = {
  RESOURCE_ALREADY_EXIST: 'This X-Reference-Id was used before: send a fresh UUID v4 for every new payment, or GET the existing one.',
  RESOURCE_NOT_FOUND: 'Nothing has that id here: the reference id (or API user) is unknown, belongs to another product, or was forgotten by a reset.',
  BAD_REQUEST: 'The request is malformed: check the JSON body, the required fields, the amount (a decimal string) and that X-Reference-Id is a UUID v4.',
  INVALID_CALLBACK_URL_HOST: "The X-Callback-Url host is not the API user's providerCallbackHost.",
  INVALID_CURRENCY: 'That currency is not accepted here (the sandbox takes EUR only).',
  NOT_ALLOWED_TARGET_ENVIRONMENT: 'X-Target-Environment is missing or not an environment this simulator serves (the sandbox is "sandbox").',
  UNAUTHORIZED: 'The bearer token is missing, expired or issued for another product: get a new one from /{product}/token/.',
  login_failed: 'The token request was refused: Basic auth must be base64 of "apiUserId:apiKey" for a known API user of this product.',
  GATEWAY_401: 'The API gateway refused the call: the Ocp-Apim-Subscription-Key header is missing or is not a key for this product.',
  GATEWAY_403: 'The API gateway refused the call: this subscription key may not use this API.',
  GATEWAY_429: 'The API gateway is rate limiting this subscription key: slow down and retry later.',
  METHOD_NOT_ALLOWED: 'This path exists but not with this HTTP method.',
  HTTP_404: 'No such endpoint: check the product prefix, the version (v1_0 / v2_0) and the trailing slash of /token/.',
  HTTP_405: 'This path exists but not with this HTTP method.',
  HTTP_413: "The body is larger than the simulator's limit.",
  HTTP_400: 'The request is malformed (the body could not be read).',
  REQUEST_TOO_LARGE: "The body is larger than the simulator's limit.",
  INTERNAL_PROCESSING_ERROR: 'MoMo answered with an internal error; here it is usually a fault injected by a rule. Retry with the same reference id.',
  SERVICE_UNAVAILABLE: 'MoMo says it is unavailable (here: an injected fault). Retry later with the same reference id.',
  NOT_ALLOWED: 'This API user may not do that (here: an injected fault or a sandbox test number).',
  PAYER_NOT_FOUND: 'The payer is not a registered account holder.',
  PAYEE_NOT_FOUND: 'The payee is not a registered account holder.',
  NOT_ENOUGH_FUNDS: 'The account does not have enough money for this payment.',
};

const REASONS = {
  APPROVAL_REJECTED: 'The payer rejected the request.',
  EXPIRED: 'The payer did not answer in time.',
  NOT_ENOUGH_FUNDS: 'The payer does not have enough funds.',
  PAYER_LIMIT_REACHED: "The payer's limit has been reached.",
  PAYER_NOT_FOUND: 'The payer is not a registered account holder.',
  PAYEE_NOT_FOUND: 'The payee is not a registered account holder.',
  PAYEE_NOT_ALLOWED_TO_RECEIVE: 'The payee cannot receive funds (e.g. a transfer limit).',
  NOT_ALLOWED: 'Authorization failed: the user does not have permission.',
  INTERNAL_PROCESSING_ERROR: 'An internal error occurred while processing.',
  SERVICE_UNAVAILABLE: 'The service was temporarily unavailable.',
  PAYMENT_NOT_APPROVED: 'The payment was not approved.',
  TRANSACTION_CANCELED: 'The transaction was cancelled.',
  COULD_NOT_PERFORM_TRANSACTION: 'The transaction timed out waiting for approval.',
};

/** One line on why a request was refused, for a MoMo, gateway or HTTP code. */
export function explainRefusal(code, message) {
  if (!code) return message || '';
  if (REFUSALS[code]) return REFUSALS[code];
  if (code.startsWith('GATEWAY_')) return 'The API gateway refused the call before it reached MoMo.';
  if (code.startsWith('HTTP_')) return message || `The simulator answered HTTP ${code.slice(5)}.`;
  return message || 'MoMo refused the request.';
}

/** One line on a FAILED transaction's reason code. */
export function explainReason(reason) {
  return reason ? REASONS[reason] || '' : '';
}
