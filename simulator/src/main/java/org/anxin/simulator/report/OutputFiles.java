package org.anxin.simulator.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import org.anxin.domain.InvalidInputException;

/**
 * Writes a run's files all-or-nothing: each goes to a hidden temporary file in the output directory
 * first, and only when every one of them is complete are they moved into place. A failure part-way
 * leaves the directory as it was.
 */
public final class OutputFiles implements AutoCloseable {

  /** Writes the body of one file. */
  @FunctionalInterface
  public interface Body {
    void writeTo(Writer out) throws IOException;
  }

  private final Path directory;
  private final Map<Path, Path> staged = new LinkedHashMap<>();
  private boolean committed;

  private OutputFiles(Path directory) {
    this.directory = directory;
  }

  /** Prepares {@code directory} (created if missing) for a run's files. */
  public static OutputFiles in(Path directory) {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new InvalidInputException("--out", directory, "cannot create directory: " + e);
    }
    if (!Files.isWritable(directory)) {
      throw new InvalidInputException("--out", directory, "is not a writable directory");
    }
    return new OutputFiles(directory);
  }

  /** Stages {@code name} with the given body, UTF-8. */
  public void stage(String name, Body body) throws IOException {
    Path target = directory.resolve(name);
    Path temp = directory.resolve("." + name + ".tmp");
    try (Writer out =
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(temp), StandardCharsets.UTF_8), 1 << 16)) {
      body.writeTo(out);
    }
    staged.put(temp, target);
  }

  /** Moves every staged file into place. */
  public void commit() throws IOException {
    for (Map.Entry<Path, Path> file : staged.entrySet()) {
      try {
        Files.move(
            file.getKey(),
            file.getValue(),
            StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(file.getKey(), file.getValue(), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    committed = true;
  }

  /** Removes staged files that were never committed. */
  @Override
  public void close() throws IOException {
    if (!committed) {
      for (Path temp : staged.keySet()) {
        Files.deleteIfExists(temp);
      }
    }
  }
}
