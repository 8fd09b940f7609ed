package testdata.shop.types;

/** A user's own type: an amount in cents. */
public record Money(long cents) {}
