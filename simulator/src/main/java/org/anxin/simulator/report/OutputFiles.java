package org.anxin.simulator.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.anxin.domain.InvalidInputException;

/**
 * Publishes a run's files into an output directory all or nothing, so that a reader of {@code
 * <out>/summary.json} and its siblings sees either the earlier run's set or the new one, never a
 * mix, and an interrupted or failed run leaves the earlier output exactly as it was.
 *
 * <p>The layout, for {@code --out DIR}:
 *
 * <pre>
 * DIR/.anxin-out                  marker: this directory holds Anxin output
 * DIR/.anxin/runs/run-&lt;id&gt;/       one complete set of files per run
 * DIR/.anxin/current              symlink to runs/run-&lt;id&gt; of the last complete run
 * DIR/summary.json                symlink to .anxin/current/summary.json (and so for each file)
 * </pre>
 *
 * <p>A run writes its files into a fresh directory {@code runs/run-<id>} (created by {@code mkdir},
 * each file opened with {@code O_CREAT|O_EXCL}, so nothing planted there is followed), then
 * publishes them with one atomic {@code rename} of a new {@code current} link over the old one.
 * That rename is the commit point; the earlier run's directory is removed after it. The top-level
 * names are links through {@code current}, created once. Other files in {@code DIR} are never
 * touched, and a non-empty {@code DIR} without the marker (or the 0.1 layout of plain files) is
 * refused, so {@code --out .} cannot clobber anything.
 *
 * <p>Nothing is created before the first {@link #stage}: a run that fails while simulating leaves
 * no directory behind. {@link #abandon} (also called by {@link #close} before a commit) removes
 * what this run created; it is safe to call from a shutdown hook while another thread writes.
 */
public final class OutputFiles implements AutoCloseable {

  /** The marker file that makes a directory an Anxin output directory. */
  public static final String MARKER = ".anxin-out";

  /** The hidden directory that holds every run's files and the {@code current} link. */
  public static final String STORE = ".anxin";

  private static final String RUNS = "runs";
  private static final String CURRENT = "current";
  private static final String LOCK = "lock";
  private static final String MARKER_TEXT =
      """
      This directory holds the output of Anxin (`anxin simulate` or `anxin compare`). The files at
      the top are links to .anxin/current/, which points at the last complete run; see
      docs/simulation.md.
      """;

  /** Writes the body of one file. */
  @FunctionalInterface
  public interface Body {
    /**
     * Writes the file's content.
     *
     * @param out where to write, UTF-8, buffered
     * @throws IOException when writing fails
     */
    void writeTo(Writer out) throws IOException;
  }

  /** Writes the body of one binary file. */
  @FunctionalInterface
  public interface StreamBody {
    /**
     * Writes the file's content.
     *
     * @param out where to write, unbuffered
     * @throws IOException when writing fails
     */
    void writeTo(OutputStream out) throws IOException;
  }

  private final Path directory;
  private final Set<String> names;
  private final Deque<Path> created = new ArrayDeque<>();
  private final List<String> staged = new ArrayList<>();
  private Path runDirectory;
  private Path createdMarker;
  private FileChannel lockChannel;
  private FileLock lock;
  private boolean committed;
  private boolean abandoned;

  private OutputFiles(Path directory, Set<String> names) {
    this.directory = directory;
    this.names = names;
  }

  /**
   * Checks that {@code directory} can take a run's files named {@code names}, creating nothing.
   *
   * @param directory the output directory ({@code --out}); it may not exist yet
   * @param names the file names the run will publish at the top of the directory
   * @return the output, ready for {@link #stage}
   * @throws InvalidInputException naming {@code --out} when the directory cannot be used
   */
  public static OutputFiles in(Path directory, List<String> names) {
    Objects.requireNonNull(directory, "directory");
    if (directory.toString().isBlank()) {
      throw new InvalidInputException("--out", "", "must name a directory");
    }
    checkNoDotDotThroughMissing(directory);
    Set<String> files = new LinkedHashSet<>(names);
    if (Files.exists(directory)) {
      if (!Files.isDirectory(directory)) {
        throw new InvalidInputException("--out", directory, "is not a directory");
      }
      checkHoldsAnxinOutput(directory, files);
      for (String name : files) {
        Path top = directory.resolve(name);
        if (Files.exists(top, LinkOption.NOFOLLOW_LINKS)
            && !Files.isSymbolicLink(top)
            && !Files.isRegularFile(top, LinkOption.NOFOLLOW_LINKS)) {
          throw new InvalidInputException(
              "--out", top, "is in the way of a run's file (not a file); remove it first");
        }
      }
      Path store = directory.resolve(STORE);
      if (Files.exists(store, LinkOption.NOFOLLOW_LINKS)
          && !Files.isDirectory(store, LinkOption.NOFOLLOW_LINKS)) {
        throw new InvalidInputException(
            "--out", store, "must be a directory written by anxin (not a link or a file)");
      }
    }
    return new OutputFiles(directory, files);
  }

  /**
   * Writes {@code name} into this run's directory, UTF-8, without publishing it.
   *
   * @param name one of the names given to {@link #in}
   * @param body writes the content
   * @throws IOException when a write fails (the caller reports it; {@link #close} cleans up)
   */
  public synchronized void stage(String name, Body body) throws IOException {
    if (!names.contains(name)) {
      throw new IllegalArgumentException("not a file of this run: " + name);
    }
    if (abandoned) {
      throw new IOException("the run was interrupted");
    }
    Path file = runDirectory().resolve(name);
    try (FileChannel channel =
            FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        OutputStream stream = Channels.newOutputStream(channel);
        Writer out =
            new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16)) {
      body.writeTo(out);
      out.flush();
      channel.force(true);
    }
    staged.add(name);
  }

  /**
   * Writes {@code name} into this run's directory as bytes, without publishing it. Unlike {@link
   * #stage}, the body runs without holding this object's lock, so that it may take long (a whole
   * simulation writing its claims) while {@link #abandon} stays immediate: a file abandoned while
   * its body writes is removed, and the call then fails.
   *
   * @param name one of the names given to {@link #in}
   * @param body writes the content
   * @throws IOException when a write fails, or the run was abandoned meanwhile
   */
  public void stageStream(String name, StreamBody body) throws IOException {
    FileChannel channel;
    synchronized (this) {
      if (!names.contains(name)) {
        throw new IllegalArgumentException("not a file of this run: " + name);
      }
      if (abandoned) {
        throw new IOException("the run was interrupted");
      }
      channel =
          FileChannel.open(
              runDirectory().resolve(name),
              StandardOpenOption.CREATE_NEW,
              StandardOpenOption.WRITE);
    }
    try (channel;
        OutputStream stream = Channels.newOutputStream(channel)) {
      body.writeTo(stream);
      stream.flush();
      channel.force(true);
    }
    synchronized (this) {
      if (abandoned) {
        throw new IOException("the run was interrupted");
      }
      staged.add(name);
    }
  }

  /**
   * Publishes the staged files as the directory's current run, replacing the earlier run as a
   * whole, and removes the earlier run's files.
   *
   * @return whether an earlier run was replaced
   * @throws IOException when publishing fails; the earlier run then stays current
   */
  public synchronized boolean commit() throws IOException {
    if (abandoned) {
      throw new IOException("the run was interrupted");
    }
    if (!staged.containsAll(names)) {
      throw new IllegalStateException("not every file was staged: " + staged);
    }
    Path store = directory.resolve(STORE);
    Path current = store.resolve(CURRENT);
    boolean replaced =
        Files.isSymbolicLink(current)
            || names.stream()
                .anyMatch(
                    n -> Files.isRegularFile(directory.resolve(n), LinkOption.NOFOLLOW_LINKS));
    Path previous =
        Files.isSymbolicLink(current) ? store.resolve(Files.readSymbolicLink(current)) : null;
    Path target = store.relativize(runDirectory);
    replaceAtomically(current, temp -> Files.createSymbolicLink(temp, target));
    committed = true;
    for (String name : names) {
      Path top = directory.resolve(name);
      Path link = Path.of(STORE, CURRENT, name);
      if (!Files.isSymbolicLink(top) || !Files.readSymbolicLink(top).equals(link)) {
        replaceAtomically(top, temp -> Files.createSymbolicLink(temp, link));
      }
    }
    removeStaleLinks();
    removeOtherRuns(previous);
    releaseLock();
    return replaced;
  }

  /**
   * Removes what this run wrote and the directories it created, unless it has committed. Safe to
   * call more than once and from another thread (a shutdown hook on Ctrl-C).
   */
  public synchronized void abandon() {
    if (committed || abandoned) {
      return;
    }
    abandoned = true;
    if (runDirectory != null) {
      deleteTree(runDirectory);
    }
    releaseLock();
    if (createdMarker != null && !Files.isSymbolicLink(directory.resolve(STORE).resolve(CURRENT))) {
      try {
        Files.deleteIfExists(createdMarker);
      } catch (IOException e) {
        // Left: it only says that anxin wrote here.
      }
    }
    while (!created.isEmpty()) {
      Path dir = created.pop();
      try {
        Files.deleteIfExists(dir.resolve(LOCK));
        Files.deleteIfExists(dir);
      } catch (IOException e) {
        // Not empty (someone else's file) or gone: leave it.
      }
    }
  }

  /** Abandons the run unless it has committed. */
  @Override
  public void close() {
    abandon();
  }

  private Path runDirectory() throws IOException {
    if (runDirectory != null) {
      return runDirectory;
    }
    createDirectories(directory.toAbsolutePath().normalize());
    Path store = createDirectory(directory.resolve(STORE));
    lockChannel =
        FileChannel.open(
            store.resolve(LOCK),
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            LinkOption.NOFOLLOW_LINKS);
    try {
      lock = lockChannel.tryLock();
    } catch (OverlappingFileLockException sameProcess) {
      lock = null;
    }
    if (lock == null) {
      lockChannel.close();
      lockChannel = null;
      throw new InvalidInputException(
          "--out", directory, "another anxin run is writing to this directory");
    }
    Path marker = directory.resolve(MARKER);
    if (!Files.exists(marker, LinkOption.NOFOLLOW_LINKS)) {
      // Written first, so that a second writer sees whose directory this is.
      replaceAtomically(
          marker, temp -> Files.writeString(temp, MARKER_TEXT, StandardCharsets.UTF_8));
      createdMarker = marker;
    }
    Path runs = createDirectory(store.resolve(RUNS));
    SecureRandom random = new SecureRandom();
    byte[] id = new byte[8];
    while (runDirectory == null) {
      random.nextBytes(id);
      try {
        runDirectory = Files.createDirectory(runs.resolve("run-" + HexFormat.of().formatHex(id)));
      } catch (FileAlreadyExistsException e) {
        // Taken (or planted): draw another name.
      }
    }
    return runDirectory;
  }

  /** Creates a missing directory and remembers it for {@link #abandon}; refuses a link. */
  private Path createDirectory(Path dir) throws IOException {
    if (Files.isSymbolicLink(dir)) {
      throw new InvalidInputException(
          "--out", dir, "must be a directory written by anxin (not a link)");
    }
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      Files.createDirectory(dir);
      created.push(dir);
    }
    return dir;
  }

  private void createDirectories(Path dir) throws IOException {
    Deque<Path> missing = new ArrayDeque<>();
    for (Path p = dir; p != null && !Files.exists(p); p = p.getParent()) {
      missing.push(p);
    }
    while (!missing.isEmpty()) {
      Path p = missing.pop();
      Files.createDirectory(p);
      created.push(p);
    }
  }

  /** Writes a sibling under a fresh name, then renames it over {@code target} in one step. */
  private static void replaceAtomically(Path target, PathAction write) throws IOException {
    Path temp = target.resolveSibling("." + target.getFileName() + "." + suffix() + ".new");
    try {
      write.run(temp);
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Removes the top-level links of files an earlier run published and this one does not (an earlier
   * run's {@code claims.csv.gz}): they would point at nothing in the current run.
   */
  private void removeStaleLinks() {
    try (DirectoryStream<Path> all = Files.newDirectoryStream(directory)) {
      for (Path entry : all) {
        String name = entry.getFileName().toString();
        if (!names.contains(name)
            && Files.isSymbolicLink(entry)
            && Files.readSymbolicLink(entry).equals(Path.of(STORE, CURRENT, name))) {
          Files.deleteIfExists(entry);
        }
      }
    } catch (IOException e) {
      // Best effort: a dangling link is harmless, and the current run is published either way.
    }
  }

  private void removeOtherRuns(Path previous) {
    Path runs = directory.resolve(STORE).resolve(RUNS);
    if (previous != null && previous.startsWith(runs)) {
      deleteTree(previous);
    }
    // Leftovers of a run that was killed before it could clean up.
    try (DirectoryStream<Path> all = Files.newDirectoryStream(runs)) {
      for (Path run : all) {
        if (!run.equals(runDirectory)) {
          deleteTree(run);
        }
      }
    } catch (IOException e) {
      // Best effort: the current run is published either way.
    }
  }

  private void releaseLock() {
    try {
      if (lock != null) {
        lock.release();
      }
      if (lockChannel != null) {
        lockChannel.close();
      }
    } catch (IOException e) {
      // The lock dies with the process anyway.
    }
    lock = null;
    lockChannel = null;
  }

  /** Deletes a directory written by a run: its files, then itself; links are not followed. */
  private static void deleteTree(Path dir) {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path entry : entries) {
        if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
          deleteTree(entry);
        } else {
          Files.deleteIfExists(entry);
        }
      }
    } catch (NoSuchFileException e) {
      return;
    } catch (IOException e) {
      // Fall through and try the directory itself.
    }
    try {
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      // Left for the next run's clean-up.
    }
  }

  /**
   * A non-empty directory must hold earlier Anxin output: the marker, or the 0.1 layout (only the
   * run's files as plain files, with their {@code .NAME.tmp} leftovers).
   */
  private static void checkHoldsAnxinOutput(Path directory, Set<String> names) {
    if (Files.isRegularFile(directory.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    List<String> others = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        boolean legacy =
            Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)
                && (names.contains(name)
                    || (name.startsWith(".")
                        && name.endsWith(".tmp")
                        && names.contains(name.substring(1, name.length() - 4))));
        if (!legacy) {
          others.add(name);
        }
      }
    } catch (IOException e) {
      throw new InvalidInputException("--out", directory, "cannot list the directory");
    }
    if (!others.isEmpty()) {
      throw new InvalidInputException(
          "--out",
          directory,
          "is not empty and holds no earlier anxin run (no "
              + MARKER
              + " marker); choose a new or empty directory");
    }
  }

  /**
   * {@code a/../x} with {@code a} missing is refused before anything is created: the operating
   * system could not resolve it, and creating {@code x} anyway would surprise.
   */
  private static void checkNoDotDotThroughMissing(Path directory) {
    Path walked = directory.getRoot() == null ? Path.of(".") : directory.getRoot();
    for (Path part : directory) {
      if (part.toString().equals("..") && !Files.isDirectory(walked)) {
        throw new InvalidInputException(
            "--out", directory, "goes through '" + walked + "', which does not exist");
      }
      walked = walked.resolve(part);
    }
  }

  private static String suffix() {
    byte[] bytes = new byte[4];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  @FunctionalInterface
  private interface PathAction {
    void run(Path path) throws IOException;
  }
}
