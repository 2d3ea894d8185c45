package org.anxin.cli;

import picocli.CommandLine.Option;

/**
 * {@code --engine} and the engine a command computes on, shared by {@code simulate} and {@code
 * staffing}: this process's, unless the spark module's jar runs the command line.
 */
final class EngineChoice {

  @Option(
      names = "--engine",
      paramLabel = "local|spark",
      description =
          "Where the trials run: local, in this process (default), or spark, through the ./anxin"
              + " launcher or spark-submit, with --master URL and --partitions N"
              + " (docs/distributed.md).")
  String requested;

  TrialEngine engine = new LocalEngine();

  /** The engine, once {@code --engine} is known to name it. */
  TrialEngine checked() {
    engine.checkRequested(requested);
    return engine;
  }
}
