package io.sqlj.maven;

import io.sqlj.codegen.java.JavaGenerator;
import io.sqlj.core.Diagnostic;
import io.sqlj.core.OutputWriter;
import io.sqlj.core.Pipeline;
import io.sqlj.core.PipelineResult;
import io.sqlj.core.WriteReport;
import io.sqlj.core.config.Config;
import io.sqlj.core.config.ConfigResult;
import io.sqlj.core.config.Destination;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * {@code sqlj:generate}: runs {@code sqlj.yaml} through the same pipeline as {@code sqlj
 * generate}, writes the code into {@link #outputDirectory} and adds it as a compile source root.
 * Does nothing, and starts no engine, when nothing changed since its last successful run.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractMojo {

    /** The sqlj config. */
    @Parameter(property = "sqlj.configFile", defaultValue = "${project.basedir}/sqlj.yaml")
    private File configFile;

    /** Where the code goes; replaces the {@code out} of every codegen entry of the config. */
    @Parameter(property = "sqlj.outputDirectory", defaultValue = "${project.build.directory}/generated-sources/sqlj")
    private File outputDirectory;

    /** Skips the goal: nothing is generated and no source root is added. */
    @Parameter(property = "sqlj.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution execution;

    /** The folder {@code mvn} ran in: error paths are printed relative to it, so a multi-module build can click them. */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
    private File executionRoot;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("sqlj: skipped (sqlj.skip)");
            return;
        }
        Path out = outputDirectory.toPath().toAbsolutePath().normalize();
        project.addCompileSourceRoot(out.toString());
        long start = System.nanoTime();
        try {
            generate(out, start);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("sqlj: internal error: " + e, e);
        }
    }

    private void generate(Path out, long start) throws MojoFailureException {
        BundledEngines engines = BundledEngines.from(plugin.getArtifacts());
        Map<String, String> env = System.getenv();
        Pipeline pipeline = new Pipeline(List.of(new JavaGenerator()), engines.commands(), env);
        pipeline.timings().add("plugin set-up (engines, pipeline)", System.nanoTime() - start);
        try {
            generateWith(pipeline, engines, env, out);
        } finally {
            pipeline.timings().add("sqlj:generate goal", System.nanoTime() - start);
            pipeline.timings().report().forEach(getLog()::info);
        }
    }

    private void generateWith(Pipeline pipeline, BundledEngines engines, Map<String, String> env, Path out)
            throws MojoFailureException {
        // out replaces every codegen entry's own, which a config read only by the plugin may leave out.
        Destination destination = new Destination(Optional.of(out), Optional.empty());
        ConfigResult loaded = pipeline.timings().time("config", () -> pipeline.load(configFile.toPath(), destination));
        if (loaded.runnable().isEmpty()) {
            fail(loaded.diagnostics());
        }
        if (loaded.config().isEmpty()) {
            // Errors confined to some blocks: the others still run, so the build reports every error
            // at once (issue 18); nothing is written.
            Config partial = loaded.runnable().get().withOut(out);
            fail(pipeline.run(partial, loaded.diagnostics(), loaded.brokenBlocks())
                    .diagnostics());
        }
        loaded.diagnostics().forEach(d -> getLog().warn(display(d)));
        Config config = loaded.config().get().withOut(out);
        // `mvn sqlj:generate` (execution default-cli) runs as the execution bound to the build, so
        // it shares its up-to-date check and owns the same generated files.
        String key = executionKey();
        Path fingerprintFile = Path.of(project.getBuild().getDirectory(), "sqlj", key + ".fingerprint");
        Fingerprint fingerprint = new Fingerprint(fingerprintFile, engines.versions(), env);
        Optional<String> inputs = pipeline.timings().time("fingerprint", () -> fingerprint.inputs(config));
        if (inputs.isPresent()
                && pipeline.timings().time("up-to-date check", () -> fingerprint.upToDate(inputs.get(), out))) {
            getLog().info("sqlj: up to date, nothing to generate");
            return;
        }
        fingerprint.forget();
        // The out folder belongs to this execution, whichever config file it reads: files an earlier
        // build generated with another sqlj.configFile are this execution's to replace and remove.
        PipelineResult run = pipeline.run(config, List.of());
        Path owner = project.getBasedir().toPath().resolve("pom.xml#" + key);
        PipelineResult result =
                new PipelineResult(run.configDir(), run.files(), run.outDirs(), run.diagnostics(), owner);
        if (result.hasErrors()) {
            fail(result.diagnostics());
        }
        result.diagnostics().forEach(d -> getLog().warn(display(d)));
        WriteReport report = OutputWriter.write(result);
        if (report.hasErrors()) {
            fail(report.diagnostics());
        }
        getLog().info("sqlj: " + report.summary() + " in " + out);
        inputs.ifPresent(i -> fingerprint.remember(i, out).ifPresent(problem -> getLog().warn("sqlj: " + problem)));
    }

    /**
     * The execution's id; for {@code mvn sqlj:generate} from the command line ({@code default-cli}),
     * the id of the project's one execution of the goal, when it has exactly one.
     */
    private String executionKey() {
        String id = execution.getExecutionId();
        if (!"default-cli".equals(id)) {
            return id;
        }
        for (org.apache.maven.model.Plugin p : project.getBuildPlugins()) {
            if (p.getKey().equals(plugin.getPluginLookupKey())) {
                List<String> bound = p.getExecutions().stream()
                        .filter(e -> e.getGoals().contains("generate"))
                        .map(org.apache.maven.model.PluginExecution::getId)
                        .toList();
                if (bound.size() == 1) {
                    return bound.get(0);
                }
            }
        }
        return id;
    }

    /**
     * A diagnostic as the CLI prints it, its path relative to the folder {@code mvn} ran in (the
     * reactor root, for a multi-module build) or absolute when outside it, so an IDE or terminal
     * can open it.
     */
    String display(Diagnostic d) {
        return Paths.display(d, configFile.toPath(), executionRoot == null ? null : executionRoot.toPath())
                .format();
    }

    /** Prints every diagnostic as the CLI does, one per line, and fails the build. */
    private void fail(List<Diagnostic> diagnostics) throws MojoFailureException {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        for (Diagnostic d : Diagnostic.sorted(diagnostics, configFile.toPath())) {
            if (d.isError()) {
                getLog().error(display(d));
            } else {
                getLog().warn(display(d));
            }
        }
        throw new MojoFailureException(
                "sqlj found " + errors + (errors == 1 ? " error" : " errors") + " in " + configFile);
    }
}
