package dev.momosim.simulator.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code String} parameter that receives the id of the test's tenant (lifecycle {@code
 * TENANT_PER_CLASS} or {@code TENANT_PER_TEST}; docs/tenants.md), e.g. to name it on the control
 * API over HTTP ({@code ?tenant=ID}); null under the other lifecycles (the default tenant).
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SimulatorTenant {}
