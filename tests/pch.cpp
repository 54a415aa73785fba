// Anchor for the precompiled header that the test executables reuse.
