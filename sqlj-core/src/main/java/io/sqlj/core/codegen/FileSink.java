package io.sqlj.core.codegen;

/**
 * Where a generator may hand each file as soon as its contents are final, while it is still
 * generating the others: the write step then stages the file on a writer thread while the rest
 * are rendered. Optional for a generator; what counts is what {@link CodeGenerator#generate}
 * returns (a file handed here with other contents than returned, or never returned, is not
 * written).
 */
@FunctionalInterface
public interface FileSink {

    /** A sink that drops every file: the default, and what {@code compile} and {@code verify} get. */
    FileSink NONE = (path, contents) -> {};

    /**
     * Takes one file, may be called from any thread, returns at once.
     *
     * @param path as in {@link CodegenResult#files()}: relative to the entry's {@code out} folder,
     *     {@code /} separators
     */
    void accept(String path, String contents);
}
