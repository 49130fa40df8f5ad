package dev.momosim.simulator.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code String} or {@link java.net.URI} parameter that receives the simulator's base URL,
 * e.g. {@code http://127.0.0.1:41234} (no trailing slash).
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SimulatorUrl {}
