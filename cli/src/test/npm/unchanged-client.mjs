// npm mtn-momo-client, unchanged: it hard-codes https://sandbox.momodeveloper.mtn.com/ and tunnels
// HTTPS_PROXY with CONNECT. Run with HTTPS_PROXY pointing at the simulator and NODE_EXTRA_CA_CERTS at
// its CA certificate, it provisions an API user, gets a token, requests a payment, reads it until it
// is final and reads the balance. One line per step on standard output; exit 1 on any failure.
// Environment: COLLECTION_KEY (the collection subscription key), PAYER (an MSISDN).
import { createAPIUserAndKey, createCollectionAPI } from 'mtn-momo-client';

try {
  const config = await createAPIUserAndKey({
    providerCallbackHost: 'localhost',
    subscriptionKey: process.env.COLLECTION_KEY,
  });
  console.log(`provisioned ${config.userId} ${config.targetEnvironment}`);
  const collection = createCollectionAPI(config);
  const { referenceId } = await collection.requestToPay({
    amount: '25',
    currency: 'EUR',
    externalId: 'unchanged-npm-client',
    payer: { partyIdType: 'MSISDN', partyId: process.env.PAYER },
    payerMessage: 'unchanged client',
    payeeNote: 'through the proxy',
  });
  console.log(`requested ${referenceId}`);
  let transaction;
  for (let attempt = 0; attempt < 100; attempt++) {
    transaction = await collection.requestToPayTransactionStatus({ referenceId });
    if (transaction.status !== 'PENDING') break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  console.log(`status ${transaction.status} ${transaction.amount} ${transaction.currency}`);
  const balance = await collection.getAccountBalance();
  console.log(`balance ${balance.availableBalance} ${balance.currency}`);
} catch (error) {
  console.log(`failed: ${error.message}`);
  process.exit(1);
}
