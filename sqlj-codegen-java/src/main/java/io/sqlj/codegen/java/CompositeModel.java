package io.sqlj.codegen.java;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * A database composite type (PostgreSQL {@code CREATE TYPE pair AS (n int4, label text)}) and the
 * Java record generated for it.
 *
 * @param dataType the database's name for the type, as the engine reported it
 * @param attributes the record's components, one per attribute in order
 */
record CompositeModel(ClassName name, String dataType, List<Attribute> attributes) {

    /**
     * One attribute: its component name, its name in the database and its Java type (a scalar: an
     * attribute that is an array is refused).
     */
    record Attribute(String name, String dbName, ValueType type) {}

    CompositeModel {
        attributes = List.copyOf(attributes);
    }
}
