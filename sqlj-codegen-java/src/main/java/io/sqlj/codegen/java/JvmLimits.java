package io.sqlj.codegen.java;

import com.palantir.javapoet.TypeName;
import io.sqlj.codegen.java.QueryModel.Arg;
import io.sqlj.codegen.java.QueryModel.Field;
import java.util.List;

/**
 * Limits of the class file format that generated code could reach: a method or constructor takes
 * at most 255 parameter slots, {@code this} included, and {@code long} and {@code double} take
 * two (JVMS 4.3.3). A record with 130 {@code long} components does not compile.
 */
final class JvmLimits {

    /** The slots an instance method or constructor has for its parameters, after {@code this}. */
    static final int PARAMETER_SLOTS = 254;

    private JvmLimits() {}

    static int slots(ValueType type) {
        TypeName name = type.javaType();
        return name.equals(TypeName.LONG) || name.equals(TypeName.DOUBLE) ? 2 : 1;
    }

    static int fieldSlots(List<? extends Field> fields) {
        return fields.stream()
                .mapToInt(f -> f instanceof QueryModel.Plain plain ? slots(plain.type()) : 1)
                .sum();
    }

    static int argSlots(List<Arg> args) {
        return args.stream().mapToInt(a -> slots(a.type())).sum();
    }

    /** The explanation that ends every message about the limit. */
    static String why(int slots) {
        return "they take " + slots
                + " JVM parameter slots (long and double take two), and a Java constructor or method"
                + " takes at most " + PARAMETER_SLOTS;
    }
}
