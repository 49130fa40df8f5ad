/**
 * Which products exist ({@link dev.momosim.client.product.Product}) and what every product offers
 * ({@link dev.momosim.client.product.ProductOperations}, {@link
 * dev.momosim.client.product.TransferOperations}); the product packages ({@code collections},
 * {@code disbursements}, {@code remittances}) extend these interfaces. Uses only {@code exception}
 * and {@code model}.
 */
package dev.momosim.client.product;
