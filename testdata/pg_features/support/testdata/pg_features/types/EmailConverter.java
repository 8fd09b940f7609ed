package testdata.pg_features.types;

/** What sqlj's overrides call: the database's String to Email and back. */
public final class EmailConverter {

  private EmailConverter() {}

  public static Email fromDb(String value) {
    return new Email(value);
  }

  public static String toDb(Email value) {
    return value.address();
  }
}
