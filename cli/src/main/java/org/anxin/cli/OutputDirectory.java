package org.anxin.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.anxin.domain.InvalidInputException;
import org.anxin.simulator.report.OutputFiles;

/**
 * How a command publishes its files into {@code --out}: all of them or none, an earlier output kept
 * whatever fails, and an interrupted run (Ctrl-C) removing what it had written.
 */
final class OutputDirectory {

  private OutputDirectory() {}

  /**
   * Checks {@code out} for {@code names}, then lets {@code body} stage and commit them with a
   * shutdown hook that abandons the output if the process is stopped on the way.
   */
  static void publish(Path out, List<String> names, Consumer<OutputFiles> body) {
    try (OutputFiles files = OutputFiles.in(out, names)) {
      Thread onInterrupt = new Thread(files::abandon, "anxin-abandon-output");
      Runtime.getRuntime().addShutdownHook(onInterrupt);
      try {
        body.accept(files);
      } finally {
        try {
          Runtime.getRuntime().removeShutdownHook(onInterrupt);
        } catch (IllegalStateException shuttingDown) {
          // The hook is running: it cleans up.
        }
      }
    }
  }

  /** The error of a failed write of {@code what} ("the run's files") into {@code out}. */
  static InvalidInputException cannotWrite(Path out, String what, IOException e) {
    return new InvalidInputException(
        "--out", out, "cannot write " + what + ", the earlier output is kept: " + reason(e));
  }

  /** What went wrong, in the operating system's words, without Java's class names. */
  static String reason(IOException e) {
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason() + (fs.getFile() == null ? "" : " (" + fs.getFile() + ")");
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** {@code json} indented, with a final newline. */
  static String pretty(ObjectMapper mapper, Object json) {
    try {
      return mapper.writeValueAsString(json) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
