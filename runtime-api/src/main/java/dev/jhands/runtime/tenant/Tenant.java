package dev.jhands.runtime.tenant;

/** A holder of one API key: sees and touches only its own runtimes. */
public record Tenant(String name, int maxSandboxes) {}
