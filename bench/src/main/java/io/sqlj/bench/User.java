package io.sqlj.bench;

/** The row the hand-written, JDBI and jOOQ variants map to: the same shape as the generated record. */
record User(long id, String name, String email, long score) {}
