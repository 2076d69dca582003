package dev.devdrive.maven;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * A test (class or method) that needs a Windows JVM. Skipped elsewhere by {@code ./mvnw verify}; run under
 * Wine by {@code .ci/windows-jvm test}, which selects the {@code windows} tag, and natively by the GitHub
 * workflow's Windows jobs.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("windows")
@EnabledOnOs(value = OS.WINDOWS, disabledReason = "needs a Windows JVM: run .ci/windows-jvm test")
public @interface WindowsOnly {}
