package io.sqlj.codegen.java;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * A database enum type and the Java enum generated for it.
 *
 * @param dataType the database's name for the type, as the engine reported it
 * @param labels the labels in declaration order
 * @param constants the Java constant for each label, same order
 */
record EnumModel(ClassName name, String dataType, List<String> labels, List<String> constants) {

    EnumModel {
        labels = List.copyOf(labels);
        constants = List.copyOf(constants);
    }
}
