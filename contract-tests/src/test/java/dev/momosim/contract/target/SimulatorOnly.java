package dev.momosim.contract.target;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Tags tests that drive a simulator's control API or receive its callbacks: skipped on the sandbox.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag(TargetExtension.SIMULATOR_ONLY)
public @interface SimulatorOnly {}
