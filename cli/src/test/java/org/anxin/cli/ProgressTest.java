package org.anxin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a long run shows its progress on stderr: a bar on a terminal, plain lines elsewhere. */
class ProgressTest {

  @Test
  void offATerminalProgressIsPlainLinesWithoutCarriageReturns() {
    StringWriter err = new StringWriter();
    try (Progress progress = Progress.start(new PrintWriter(err), 10_000, Progress.Mode.LINES)) {
      for (int i = 0; i < 625; i++) {
        progress.advance(16);
      }
    }
    // A run shorter than the interval prints one line, at the end.
    List<String> lines = err.toString().lines().toList();
    assertEquals(1, lines.size(), err.toString());
    assertTrue(lines.get(0).matches("Simulating: 10,000 of 10,000 trials \\(100 %\\), \\d+ s"));
    assertFalse(err.toString().contains("\r"));
  }

  @Test
  void onATerminalTheBarRedrawsInPlace() {
    StringWriter err = new StringWriter();
    try (Progress progress = Progress.start(new PrintWriter(err), 100, Progress.Mode.BAR)) {
      progress.advance(100);
    }
    assertTrue(err.toString().contains("\r"), err.toString());
    assertTrue(err.toString().contains("100/100"), err.toString());
  }

  @Test
  void aSilentRunPrintsNothing() {
    StringWriter err = new StringWriter();
    try (Progress progress = Progress.start(new PrintWriter(err), 100, Progress.Mode.SILENT)) {
      progress.advance(100);
    }
    assertEquals("", err.toString());
  }

  @Test
  void theLauncherSaysWhetherStderrIsATerminal() {
    String before = System.getProperty("anxin.stderr.terminal");
    try {
      System.setProperty("anxin.stderr.terminal", "true");
      assertTrue(Progress.stderrIsTerminal());
      System.setProperty("anxin.stderr.terminal", "false");
      assertFalse(Progress.stderrIsTerminal());
    } finally {
      if (before == null) {
        System.clearProperty("anxin.stderr.terminal");
      } else {
        System.setProperty("anxin.stderr.terminal", before);
      }
    }
  }
}
