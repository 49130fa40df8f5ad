/**
 * The momo-sim container image as a Testcontainers module: {@link
 * dev.momosim.testcontainers.MomoSimContainer}.
 */
package dev.momosim.testcontainers;
