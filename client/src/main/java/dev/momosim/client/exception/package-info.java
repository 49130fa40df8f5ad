/**
 * The one exception family of the client: every failed {@code Future} carries a {@link
 * dev.momosim.client.exception.MomoException} (see there for the kinds). Unchecked; uses only
 * {@code model}.
 */
package dev.momosim.client.exception;
