package io.sqlj.core.codegen;

/**
 * A code generator named by {@code codegen[].plugin} in sqlj.yaml. It turns resolved queries
 * into file contents and writes nothing itself.
 */
public interface CodeGenerator {

    /** The plugin name users write in sqlj.yaml, such as {@code java}. */
    String name();

    CodegenResult generate(CodegenRequest request);
}
