package dev.jhands.runtime.backend;

/** A launched sandbox: the opaque handle that finds it again, and where it serves. */
public record Launch(String handle, String url, int port) {}
