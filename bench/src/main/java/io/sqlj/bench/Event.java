package io.sqlj.bench;

/** One row of a batch insert. */
record Event(long userId, String kind, long amount) {}
