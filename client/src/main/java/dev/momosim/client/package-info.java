/**
 * The entry points of the MoMo client: {@link dev.momosim.client.MomoClient} and its builder, the
 * immutable {@link dev.momosim.client.MomoConfig}, {@link dev.momosim.client.EnvironmentConfig},
 * and the callback side ({@link dev.momosim.client.CallbackHandler}, {@link
 * dev.momosim.client.CallbackParser}).
 *
 * <p>The client's packages form layers without cycles (checked by {@code ArchitectureTest} and
 * {@code jdeps}); each may use only the ones below it:
 *
 * <ol>
 *   <li>this package: everything below; it wires {@code internal} to the product interfaces;
 *   <li>{@code internal}, the implementation: the product packages, {@code product}, {@code
 *       exception}, {@code model};
 *   <li>{@code collections}, {@code disbursements}, {@code remittances}, {@code provisioning}, one
 *       per product and none using another: {@code product}, {@code exception}, {@code model};
 *   <li>{@code product}, which products exist and what every product offers: {@code exception},
 *       {@code model};
 *   <li>{@code exception}, the {@code MomoException} family: {@code model};
 *   <li>{@code model}, the shared values (parties, transactions, requests, options, policies,
 *       credentials, reasons): nothing else of the client.
 * </ol>
 */
package dev.momosim.client;
