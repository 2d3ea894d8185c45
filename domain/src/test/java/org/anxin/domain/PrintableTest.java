package org.anxin.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

class PrintableTest {

  @Test
  void terminalSequencesAndForgedLinesAreMadeVisible() {
    assertEquals("\\e[31mred", Printable.escape("\u001b[31mred"));
    assertEquals("\\e]0;title\\u0007", Printable.escape("\u001b]0;title\u0007"));
    assertEquals("a\\r\\n FAKE LINE", Printable.escape("a\r\n FAKE LINE"));
    assertEquals(
        "nul\\u0000 del\\u007f c1\\u009b", Printable.escape("nul\u0000 del\u007f c1\u009b"));
    assertEquals("\\u202eevil", Printable.escape("\u202eevil"));
  }

  @Test
  void ordinaryTextIsKeptAsItIs() {
    String name = "周女士 (Zhou), 业主B — 100,000.00 ¥";
    assertEquals(name, Printable.escape(name));
  }

  @Test
  void aLongValueBecomesAShortExcerptWithACount() {
    String excerpt = Printable.excerpt("周".repeat(1_000_000));
    assertTrue(excerpt.endsWith("… (999800 more characters)"), excerpt);
    assertEquals(Printable.EXCERPT + "… (999800 more characters)".length(), excerpt.length());
  }

  @Test
  void anErrorMessageIsOneLineWhateverTheValue() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 400))
        .checkAssert(
            value -> {
              String message = new InvalidInputException("name", value, "bad").getMessage();
              assertTrue(message.chars().noneMatch(c -> c < 0x20 || c == 0x7f), message);
              assertTrue(message.length() < 1200, message);
            });
  }

  @Test
  void aProblemQuotingALongIdIsCutToo() {
    // Found by fuzzing: a refused event named its deal's id, of any length, in the problem.
    String id = "d".repeat(100_000);
    String problem = "deal " + id + ", bad";
    String message =
        new InvalidInputException("deals[0].events[0].type", "x", problem).getMessage();
    assertTrue(
        message.endsWith("… (" + (problem.length() - 1_000) + " more characters) (got 'x')"));
    assertTrue(message.length() < 1_200, message);
  }
}
