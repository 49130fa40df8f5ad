package dev.momosim.contract.target;

import dev.momosim.contract.parity.ParityWatcher;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a contract test class: it runs against the chosen target (embedded, url or sandbox) and its
 * outcomes go to the parity report.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("contract")
@ExtendWith({ParityWatcher.class, TargetExtension.class})
public @interface Contract {}
