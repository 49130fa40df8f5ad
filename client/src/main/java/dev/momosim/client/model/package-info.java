/**
 * The values every other package of the client shares: parties, payment requests, transactions and
 * their statuses and reasons, balances, the options of a creating call and the {@link
 * dev.momosim.client.model.ApiVersion} of a two-version operation, the consent flow's values
 * (request, authorization, token, user info), the retry and polling policies, product credentials,
 * and the field rules MoMo enforces ({@link dev.momosim.client.model.Checks}). Immutable and
 * thread-safe; depends on nothing else of the client.
 */
package dev.momosim.client.model;
