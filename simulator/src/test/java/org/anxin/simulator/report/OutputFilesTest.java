package org.anxin.simulator.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.anxin.domain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFilesTest {

  private static final List<String> NAMES = List.of("a.csv", "b.json");

  @TempDir Path dir;

  /** Stages every file with {@code content} and commits; returns whether it replaced a run. */
  private static boolean run(Path out, String content) throws IOException {
    try (OutputFiles files = OutputFiles.in(out, NAMES)) {
      for (String name : NAMES) {
        files.stage(name, w -> w.write(content + " " + name));
      }
      return files.commit();
    }
  }

  /** A run that fails while writing its second file. */
  private static void failingRun(Path out, String content) {
    assertThrows(
        IOException.class,
        () -> {
          try (OutputFiles files = OutputFiles.in(out, NAMES)) {
            files.stage(NAMES.get(0), w -> w.write(content));
            files.stage(
                NAMES.get(1),
                w -> {
                  w.write(content);
                  throw new IOException("No space left on device");
                });
            files.commit();
          }
        });
  }

  private static String read(Path out, String name) throws IOException {
    return Files.readString(out.resolve(name), StandardCharsets.UTF_8);
  }

  /** Every entry under {@code out}, as relative paths, links not followed. */
  private static Set<String> tree(Path out) throws IOException {
    Set<String> all = new TreeSet<>();
    try (Stream<Path> walk = Files.walk(out)) {
      walk.filter(p -> !p.equals(out)).forEach(p -> all.add(out.relativize(p).toString()));
    }
    return all;
  }

  @Test
  void aFirstRunPublishesTheFilesAtTheirPathsAndAMarker() throws IOException {
    Path out = dir.resolve("fresh");
    assertFalse(run(out, "one"));
    assertEquals("one a.csv", read(out, "a.csv"));
    assertEquals("one b.json", read(out, "b.json"));
    assertTrue(Files.isRegularFile(out.resolve(OutputFiles.MARKER), LinkOption.NOFOLLOW_LINKS));
    assertTrue(Files.isSymbolicLink(out.resolve("a.csv")));
  }

  @Test
  void aSecondRunReplacesTheFirstAsAWholeAndRemovesItsFiles() throws IOException {
    Path out = dir.resolve("out");
    run(out, "one");
    Set<String> before = tree(out);
    assertTrue(run(out, "two"));
    assertEquals("two a.csv", read(out, "a.csv"));
    assertEquals("two b.json", read(out, "b.json"));
    assertEquals(before.size(), tree(out).size(), "one run's directory, not two: " + tree(out));
  }

  @Test
  void aFailedRunLeavesTheEarlierOutputExactlyAsItWas() throws IOException {
    Path out = dir.resolve("out");
    run(out, "one");
    Set<String> before = tree(out);
    failingRun(out, "two");
    assertEquals(before, tree(out));
    assertEquals("one a.csv", read(out, "a.csv"));
    assertEquals("one b.json", read(out, "b.json"));
  }

  @Test
  void aFailedFirstRunLeavesNoDirectoryBehind() {
    Path out = dir.resolve("a").resolve("b");
    failingRun(out, "x");
    assertFalse(Files.exists(dir.resolve("a")));
  }

  @Test
  void checkingCreatesNothing() throws IOException {
    Path out = dir.resolve("never");
    OutputFiles.in(out, NAMES).close();
    assertFalse(Files.exists(out));
  }

  @Test
  void otherFilesInTheDirectoryAreNeverTouched() throws IOException {
    Path out = dir.resolve("out");
    run(out, "one");
    Files.writeString(out.resolve("notes.txt"), "mine");
    run(out, "two");
    failingRun(out, "three");
    assertEquals("mine", Files.readString(out.resolve("notes.txt")));
  }

  @Test
  void aNonEmptyDirectoryWithoutTheMarkerIsRefused() throws IOException {
    Files.writeString(dir.resolve("thesis.docx"), "years of work");
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> run(dir, "x"));
    assertTrue(e.getMessage().startsWith("--out: is not empty and holds no earlier anxin run"));
    assertEquals(Set.of("thesis.docx"), tree(dir));
  }

  @Test
  void theLayoutOfVersion01IsTakenOver() throws IOException {
    Path out = dir.resolve("old");
    Files.createDirectories(out);
    Files.writeString(out.resolve("a.csv"), "old");
    Files.writeString(out.resolve(".b.json.tmp"), "left over");
    assertTrue(run(out, "new"));
    assertEquals("new a.csv", read(out, "a.csv"));
  }

  @Test
  void aDirectoryInTheWayOfAFileIsRefusedBeforeAnythingIsWritten() throws IOException {
    Path out = dir.resolve("out");
    run(out, "one");
    Files.delete(out.resolve("b.json"));
    Files.createDirectory(out.resolve("b.json"));
    Set<String> before = tree(out);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> run(out, "two"));
    assertTrue(e.getMessage().contains("is in the way"), e.getMessage());
    assertEquals(before, tree(out));
  }

  @Test
  void aPlantedLinkIsNeverFollowed() throws IOException {
    Path victim = dir.resolve("victim.txt");
    Files.writeString(victim, "precious");
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    Files.writeString(out.resolve(OutputFiles.MARKER), "");
    Files.createSymbolicLink(out.resolve(OutputFiles.STORE), dir);
    assertThrows(InvalidInputException.class, () -> run(out, "x"));
    assertEquals("precious", Files.readString(victim));

    Files.delete(out.resolve(OutputFiles.STORE));
    Files.createSymbolicLink(out.resolve(".a.csv.tmp"), victim);
    run(out, "x");
    assertEquals("precious", Files.readString(victim));
  }

  @Test
  void anEmptyOrUnresolvablePathIsRefused() {
    assertThrows(InvalidInputException.class, () -> OutputFiles.in(Path.of(""), NAMES));
    String name = "x-" + dir.getFileName();
    Path through = dir.resolve("missing").resolve("..").resolve("..").resolve(name);
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> OutputFiles.in(through, NAMES));
    assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    assertFalse(Files.exists(dir.getParent().resolve(name)));
  }

  @Test
  void aSecondWriterIsRefusedWhileTheFirstHoldsTheDirectory() throws IOException {
    Path out = dir.resolve("out");
    try (OutputFiles first = OutputFiles.in(out, NAMES)) {
      first.stage("a.csv", w -> w.write("1"));
      OutputFiles second = OutputFiles.in(out, NAMES);
      InvalidInputException e =
          assertThrows(InvalidInputException.class, () -> second.stage("a.csv", w -> w.write("")));
      assertTrue(e.getMessage().contains("another anxin run"), e.getMessage());
      second.close();
      first.stage("b.json", w -> w.write("2"));
      first.commit();
    }
    assertEquals("1", read(out, "a.csv"));
  }

  @Test
  void anInterruptWhileWritingLeavesTheEarlierOutputAndNoStrayFiles() throws Exception {
    Path out = dir.resolve("out");
    run(out, "one");
    Set<String> before = tree(out);
    OutputFiles files = OutputFiles.in(out, NAMES);
    CountDownLatch writing = new CountDownLatch(1);
    Thread hook = new Thread(files::abandon);
    files.stage(
        "a.csv",
        w -> {
          w.write("two");
          writing.countDown();
          hook.start(); // Ctrl-C arrives while the file is being written.
        });
    hook.join();
    assertThrows(IOException.class, () -> files.stage("b.json", w -> w.write("two")));
    assertThrows(IOException.class, files::commit);
    assertEquals(0, writing.getCount());
    assertEquals(before, tree(out));
    assertEquals("one a.csv", read(out, "a.csv"));
  }

  @Test
  void abandoningAfterTheCommitKeepsTheRun() throws IOException {
    Path out = dir.resolve("out");
    OutputFiles files = OutputFiles.in(out, NAMES);
    files.stage("a.csv", w -> w.write("1"));
    files.stage("b.json", w -> w.write("2"));
    files.commit();
    files.abandon();
    assertEquals("1", read(out, "a.csv"));
  }

  /**
   * Whatever sequence of good and failed runs, the files show the last good run's content and the
   * directory holds one run's worth of entries.
   */
  @Test
  void theFilesAlwaysShowTheLastGoodRun() {
    // Each run syncs its files to disk: a fifth of the usual examples keeps this quick.
    qt().withExamples(Math.max(10, Integer.getInteger("QT_EXAMPLES", 200) / 5))
        .forAll(lists().of(booleans().all()).ofSizeBetween(1, 6))
        .checkAssert(
            outcomes -> {
              try {
                Path out = Files.createTempDirectory(dir, "p");
                Files.delete(out);
                String last = null;
                Set<String> afterGood = null;
                for (int i = 0; i < outcomes.size(); i++) {
                  if (outcomes.get(i)) {
                    run(out, "run" + i);
                    last = "run" + i;
                    afterGood = tree(out);
                  } else {
                    failingRun(out, "run" + i);
                  }
                  if (last == null) {
                    assertFalse(Files.exists(out));
                  } else {
                    assertEquals(last + " a.csv", read(out, "a.csv"));
                    assertEquals(last + " b.json", read(out, "b.json"));
                    assertEquals(afterGood.size(), tree(out).size());
                  }
                }
              } catch (IOException e) {
                throw new AssertionError(e);
              }
            });
  }

  @Test
  void aStreamedFileIsPublishedWithTheOthersAndItsLinkGoesWithALaterRunWithoutIt()
      throws IOException {
    Path out = dir.resolve("streamed");
    List<String> withBinary = List.of("a.csv", "b.json", "c.gz");
    try (OutputFiles files = OutputFiles.in(out, withBinary)) {
      files.stageStream("c.gz", stream -> stream.write(new byte[] {1, 2, 3}));
      for (String name : NAMES) {
        files.stage(name, w -> w.write(name));
      }
      files.commit();
    }
    assertEquals(3, Files.readAllBytes(out.resolve("c.gz")).length);
    run(out, "second");
    assertFalse(Files.exists(out.resolve("c.gz"), LinkOption.NOFOLLOW_LINKS));
    assertEquals("second a.csv", read(out, "a.csv"));
  }

  @Test
  void abandoningWhileAStreamedFileIsWrittenDoesNotWaitForItAndFailsIt() throws Exception {
    Path out = dir.resolve("abandoned-stream");
    CountDownLatch writing = new CountDownLatch(1);
    CountDownLatch abandoned = new CountDownLatch(1);
    try (OutputFiles files = OutputFiles.in(out, List.of("c.gz"))) {
      Thread hook =
          new Thread(
              () -> {
                try {
                  writing.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                // Returns at once although the body is still writing (a Ctrl-C mid-run).
                files.abandon();
                abandoned.countDown();
              });
      hook.start();
      assertThrows(
          IOException.class,
          () ->
              files.stageStream(
                  "c.gz",
                  stream -> {
                    stream.write(1);
                    writing.countDown();
                    try {
                      abandoned.await();
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                    stream.write(2);
                  }));
      hook.join();
    }
    assertFalse(Files.exists(out));
  }
}
