package testdata.pg_features.types;

/** A user's own type: an amount in cents. */
public record Money(long cents) {}
