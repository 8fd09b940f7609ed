package io.sqlj.codegen.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;

/**
 * How values of one SQL type travel between JDBC and Java: through a JDBC call chosen by {@link
 * #access()} ({@link Jdbc}), as a generated enum's label ({@link EnumLabel}), or through the
 * user's converter ({@link Converted}).
 */
sealed interface ScalarType permits ScalarType.Jdbc, ScalarType.EnumLabel, ScalarType.Converted, ScalarType.Composite {

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
        /** The base value through the user's converter: {@code fromDb(x)}, {@code toDb(v)}. */
        CONVERTED,
        /**
         * A generated record from the row literal's text: {@code getString} + {@code
         * SqljSupport.parseX}, {@code setObject(i, SqljSupport.formatX(x), Types.OTHER)}.
         */
        COMPOSITE
    }

    /** The Java type; primitive where one exists. */
    TypeName type();

    /** Which JDBC calls read and bind it. */
    Access access();

    /**
     * The suffix of {@code getX}/{@code setX} for {@link Access#PRIMITIVE} and {@link
     * Access#DIRECT}: {@code Long}, {@code String}, {@code Bytes}.
     */
    String accessor();

    /** The {@code java.sql.Types} constant used to bind SQL NULL. */
    String sqlType();

    /** The same type reporting a different {@code java.sql.Types} constant for NULL. */
    ScalarType withSqlType(String newSqlType);

    /** A value read and bound by JDBC calls alone. */
    record Jdbc(TypeName type, Access access, String accessor, String sqlType) implements ScalarType {

        public Jdbc {
            if (access == Access.ENUM || access == Access.CONVERTED || access == Access.COMPOSITE) {
                throw new IllegalArgumentException("not a plain JDBC access: " + access);
            }
        }

        @Override
        public ScalarType withSqlType(String newSqlType) {
            return new Jdbc(type, access, accessor, newSqlType);
        }
    }

    /** A generated enum, read and bound as its label. */
    record EnumLabel(EnumModel model, String sqlType) implements ScalarType {

        @Override
        public TypeName type() {
            return model.name();
        }

        @Override
        public Access access() {
            return Access.ENUM;
        }

        @Override
        public String accessor() {
            return "String";
        }

        @Override
        public ScalarType withSqlType(String newSqlType) {
            return new EnumLabel(model, newSqlType);
        }
    }

    /**
     * The user's type, through their converter's {@code fromDb}/{@code toDb}.
     *
     * @param converter the user's class with {@code fromDb}/{@code toDb}
     * @param base how the database value itself travels
     */
    record Converted(TypeName type, ClassName converter, ScalarType base) implements ScalarType {

        @Override
        public Access access() {
            return Access.CONVERTED;
        }

        @Override
        public String accessor() {
            return base.accessor();
        }

        @Override
        public String sqlType() {
            return base.sqlType();
        }

        @Override
        public ScalarType withSqlType(String newSqlType) {
            return new Converted(type, converter, base.withSqlType(newSqlType));
        }
    }

    /** A generated record of a composite type, read and bound as its text form. */
    record Composite(CompositeModel model, String sqlType) implements ScalarType {

        @Override
        public TypeName type() {
            return model.name();
        }

        @Override
        public Access access() {
            return Access.COMPOSITE;
        }

        @Override
        public String accessor() {
            return "String";
        }

        @Override
        public ScalarType withSqlType(String newSqlType) {
            return new Composite(model, newSqlType);
        }
    }

    static ScalarType converted(TypeName type, ClassName converter, ScalarType base) {
        return new Converted(type, converter, base);
    }

    static ScalarType primitive(TypeName type, String accessor, String sqlType) {
        return new Jdbc(type, Access.PRIMITIVE, accessor, sqlType);
    }

    static ScalarType direct(TypeName type, String accessor, String sqlType) {
        return new Jdbc(type, Access.DIRECT, accessor, sqlType);
    }

    static ScalarType object(ClassName type, String sqlType) {
        return new Jdbc(type, Access.OBJECT, "Object", sqlType);
    }

    static ScalarType text(String sqlType) {
        return new Jdbc(ClassName.get(String.class), Access.TEXT, "String", sqlType);
    }

    static ScalarType enumOf(EnumModel model) {
        return new EnumLabel(model, "OTHER");
    }
}
