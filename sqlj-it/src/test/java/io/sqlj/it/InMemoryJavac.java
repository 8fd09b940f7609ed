package io.sqlj.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles a folder of generated sources in memory and loads the classes, for the round-trip matrix. */
final class InMemoryJavac {

    private InMemoryJavac() {}

    /** Compiles every {@code .java} under {@code sources} with {@code --release 17}; fails with javac's messages. */
    static ClassLoader compile(Path sources) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        Map<String, ByteArrayOutputStream> classes = new HashMap<>();
        StringWriter messages = new StringWriter();
        try (StandardJavaFileManager standard = javac.getStandardFileManager(null, null, null)) {
            JavaFileManager memory = new ForwardingJavaFileManager<>(standard) {
                @Override
                public JavaFileObject getJavaFileForOutput(
                        Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
                    return new SimpleJavaFileObject(
                            URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
                        @Override
                        public OutputStream openOutputStream() {
                            return classes.computeIfAbsent(className, n -> new ByteArrayOutputStream());
                        }
                    };
                }
            };
            List<String> options = new ArrayList<>(List.of("--release", "17", "-proc:none", "-Xlint:all"));
            String classPath = classPath();
            if (!classPath.isEmpty()) {
                options.addAll(List.of("-classpath", classPath));
            }
            boolean ok = javac.getTask(
                            messages, memory, null, options, null, standard.getJavaFileObjectsFromPaths(files))
                    .call();
            if (!ok) {
                throw new AssertionError("the generated code under " + sources + " does not compile:\n" + messages);
            }
        }
        return new ClassLoader(InMemoryJavac.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                ByteArrayOutputStream bytes = classes.get(name);
                if (bytes == null) {
                    throw new ClassNotFoundException(name);
                }
                byte[] b = bytes.toByteArray();
                return defineClass(name, b, 0, b.length);
            }
        };
    }

    /** jspecify, which generated code may import, wherever surefire put it. */
    private static String classPath() {
        List<String> entries = new ArrayList<>(List.of(System.getProperty("java.class.path", "")));
        try {
            entries.add(Path.of(org.jspecify.annotations.Nullable.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toString());
        } catch (Exception | LinkageError e) {
            // not on the test class path: generated code that needs it fails to compile, and says so
        }
        return String.join(
                java.io.File.pathSeparator,
                entries.stream().filter(s -> !s.isEmpty()).toList());
    }
}
