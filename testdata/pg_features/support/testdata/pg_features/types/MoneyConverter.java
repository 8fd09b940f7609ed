package testdata.pg_features.types;

/** The database's bigint cents to Money and back. */
public final class MoneyConverter {

  private MoneyConverter() {}

  public static Money fromDb(Long cents) {
    return new Money(cents);
  }

  public static Long toDb(Money value) {
    return value.cents();
  }
}
