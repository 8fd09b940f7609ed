package io.sqlj.codegen.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import org.jspecify.annotations.Nullable;

/**
 * How values of one SQL type travel between JDBC and Java.
 *
 * @param type the Java type; primitive where one exists
 * @param access which JDBC calls read and bind it
 * @param accessor the suffix of {@code getX}/{@code setX} for {@link Access#PRIMITIVE} and {@link
 *     Access#DIRECT}: {@code Long}, {@code String}, {@code Bytes}
 * @param sqlType the {@code java.sql.Types} constant used to bind SQL NULL
 * @param enumModel the generated enum, for {@link Access#ENUM}; otherwise null
 * @param converter for {@link Access#CONVERTED}, the user's class with {@code fromDb}/{@code toDb}
 * @param base for {@link Access#CONVERTED}, how the database value itself travels
 */
record ScalarType(TypeName type, Access access, String accessor, String sqlType, @Nullable EnumModel enumModel,
    @Nullable ClassName converter, @Nullable ScalarType base) {

  enum Access {
    /** {@code getLong} + {@code wasNull()}, {@code setLong}. */
    PRIMITIVE,
    /** {@code getString}, {@code setString}: the getter returns null for SQL NULL. */
    DIRECT,
    /** {@code getObject(i, X.class)}, {@code setObject(i, x)}. */
    OBJECT,
    /**
     * The value's exact text: {@code getString}, {@code setObject(i, x, Types.<sqlType>)} so
     * that the server parses it (json, interval, inet...).
     */
    TEXT,
    /** {@code getString} + {@code fromLabel}, {@code setObject(i, x.label(), Types.OTHER)}. */
    ENUM,
    /** The {@code base} value through the user's converter: {@code fromDb(x)}, {@code toDb(v)}. */
    CONVERTED
  }

  ScalarType(TypeName type, Access access, String accessor, String sqlType, @Nullable EnumModel enumModel) {
    this(type, access, accessor, sqlType, enumModel, null, null);
  }

  /** The converter of a {@link Access#CONVERTED} type. */
  ClassName requireConverter() {
    if (converter == null) {
      throw new IllegalStateException("not a converted type: " + type);
    }
    return converter;
  }

  /** The database-side type of a {@link Access#CONVERTED} type. */
  ScalarType requireBase() {
    if (base == null) {
      throw new IllegalStateException("not a converted type: " + type);
    }
    return base;
  }

  /** The enum of an {@link Access#ENUM} type. */
  EnumModel requireEnum() {
    if (enumModel == null) {
      throw new IllegalStateException("not an enum type: " + type);
    }
    return enumModel;
  }

  static ScalarType converted(TypeName type, ClassName converter, ScalarType base) {
    return new ScalarType(type, Access.CONVERTED, base.accessor(), base.sqlType(), null, converter, base);
  }

  static ScalarType primitive(TypeName type, String accessor, String sqlType) {
    return new ScalarType(type, Access.PRIMITIVE, accessor, sqlType, null);
  }

  static ScalarType direct(TypeName type, String accessor, String sqlType) {
    return new ScalarType(type, Access.DIRECT, accessor, sqlType, null);
  }

  static ScalarType object(ClassName type, String sqlType) {
    return new ScalarType(type, Access.OBJECT, "Object", sqlType, null);
  }

  static ScalarType text(String sqlType) {
    return new ScalarType(ClassName.get(String.class), Access.TEXT, "String", sqlType, null);
  }

  static ScalarType enumOf(EnumModel model) {
    return new ScalarType(model.name(), Access.ENUM, "String", "OTHER", model);
  }

  /** The same type reporting a different {@code java.sql.Types} constant for NULL. */
  ScalarType withSqlType(String newSqlType) {
    return new ScalarType(type, access, accessor, newSqlType, enumModel, converter, base);
  }
}
