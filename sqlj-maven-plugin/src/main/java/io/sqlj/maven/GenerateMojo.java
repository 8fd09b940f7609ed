package io.sqlj.maven;

import io.sqlj.codegen.java.JavaGenerator;
import io.sqlj.core.Diagnostic;
import io.sqlj.core.OutputWriter;
import io.sqlj.core.Pipeline;
import io.sqlj.core.PipelineResult;
import io.sqlj.core.WriteReport;
import io.sqlj.core.config.Config;
import io.sqlj.core.config.ConfigResult;
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
    ConfigResult loaded = pipeline.timings().time("config", () -> pipeline.load(configFile.toPath()));
    if (loaded.config().isEmpty()) {
      fail(loaded.diagnostics());
    }
    loaded.diagnostics().forEach(d -> getLog().warn(d.format()));
    Config config = loaded.config().get().withOut(out);
    Path fingerprintFile = Path.of(project.getBuild().getDirectory(), "sqlj", execution.getExecutionId() + ".fingerprint");
    Fingerprint fingerprint = new Fingerprint(fingerprintFile, engines.versions(), env);
    Optional<String> inputs = pipeline.timings().time("fingerprint", () -> fingerprint.inputs(config));
    if (inputs.isPresent() && pipeline.timings().time("up-to-date check", () -> fingerprint.upToDate(inputs.get(), out))) {
      getLog().info("sqlj: up to date, nothing to generate");
      return;
    }
    fingerprint.forget();
    // The out folder belongs to this execution, whichever config file it reads: files an earlier
    // build generated with another sqlj.configFile are this execution's to replace and remove.
    PipelineResult run = pipeline.run(config, List.of());
    Path owner = project.getBasedir().toPath().resolve("pom.xml#" + execution.getExecutionId());
    PipelineResult result = new PipelineResult(run.configDir(), run.files(), run.outDirs(), run.diagnostics(), owner);
    if (result.hasErrors()) {
      fail(result.diagnostics());
    }
    result.diagnostics().forEach(d -> getLog().warn(d.format()));
    WriteReport report = OutputWriter.write(result);
    if (report.hasErrors()) {
      fail(report.diagnostics());
    }
    getLog().info("sqlj: " + report.summary() + " in " + out);
    inputs.ifPresent(i -> fingerprint.remember(i, out).ifPresent(problem -> getLog().warn("sqlj: " + problem)));
  }

  /** Prints every diagnostic as the CLI does, one per line, and fails the build. */
  private void fail(List<Diagnostic> diagnostics) throws MojoFailureException {
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    for (Diagnostic d : diagnostics) {
      if (d.isError()) {
        getLog().error(d.format());
      } else {
        getLog().warn(d.format());
      }
    }
    throw new MojoFailureException("sqlj found " + errors + (errors == 1 ? " error" : " errors") + " in " + configFile);
  }
}
