package org.anxin.guarantees.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.anxin.domain.InvalidInputException;
import org.anxin.guarantees.testing.BrokenInputs;
import org.anxin.guarantees.testing.TestCases;
import org.junit.jupiter.api.Test;

/**
 * A YAML document read with its tokens scanned ahead on a second thread reads exactly as it does on
 * one thread: the same tree, or the same mistake — also when the scanner, far ahead, has already
 * met a bad byte or the size limit beyond the mistake the reader reports first.
 */
class ReadAheadPropertiesTest {

  private static final byte[] EXAMPLE = example();

  /**
   * A case-like document of 600 deals: the scanner runs ahead by at most 8,192 tokens, 200 deals.
   */
  private static final byte[] LARGE = large(600);

  private static byte[] example() {
    try {
      return Files.readAllBytes(TestCases.EXAMPLES.resolve("swap-cancellation.yaml"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] large(int deals) {
    StringBuilder text = new StringBuilder("case: large\nparties:\n");
    for (int i = 0; i < deals; i++) {
      text.append("  - {id: p").append(i).append(", name: 名").append(i).append("}\n");
    }
    text.append("deals:\n");
    for (int i = 0; i < deals; i++) {
      text.append("  - id: d")
          .append(i)
          .append("\n    price: 3000000.00\n    brokeredByUs: true\n    events:\n")
          .append("      - {date: 2020-01-13, type: deposit-paid, payer: p")
          .append(i)
          .append(", shares: [{holder: p")
          .append(i + 1)
          .append(", amount: 100000.00}]}\n");
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The tree written out in full, or the mistake's message. */
  private static String outcome(byte[] bytes, Limits limits, boolean readAhead) {
    try {
      Node root =
          DocumentReader.read(
              new ByteArrayInputStream(bytes), Syntax.YAML, "doc", limits, readAhead);
      StringBuilder out = new StringBuilder();
      dump(root, out);
      return out.toString();
    } catch (InvalidInputException e) {
      return "refused: " + e.getMessage();
    }
  }

  private static void dump(Node node, StringBuilder out) {
    switch (node.kind()) {
      case MAPPING -> {
        out.append('{');
        for (Map.Entry<String, Node> entry : node.entries().entrySet()) {
          out.append(entry.getKey()).append('=');
          dump(entry.getValue(), out);
          out.append(';');
        }
        out.append('}');
      }
      case LIST -> {
        out.append('[');
        for (Node item : node.items()) {
          dump(item, out);
          out.append(',');
        }
        out.append(']');
      }
      case NULL -> out.append("null");
      default -> out.append(node.kind()).append(':').append(node.scalarText());
    }
  }

  private static void assertSameEitherWay(byte[] bytes, Limits limits) {
    String alone = outcome(bytes, limits, false);
    String ahead = outcome(bytes, limits, true);
    assertEquals(alone, ahead, () -> new String(bytes, StandardCharsets.UTF_8));
  }

  @Test
  void aBrokenLargeDocumentReadsTheSameEitherWay() {
    qt().withExamples(60)
        .forAll(longs().all())
        .checkAssert(seed -> assertSameEitherWay(BrokenInputs.broken(LARGE, seed), Limits.DEFAULT));
  }

  @Test
  void aBrokenCaseFileReadsTheSameEitherWay() {
    qt().withExamples(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> assertSameEitherWay(BrokenInputs.broken(EXAMPLE, seed), Limits.DEFAULT));
  }

  @Test
  void theSizeLimitMetFarAheadStillComesAfterAnEarlierMistake() {
    String text = new String(LARGE, StandardCharsets.UTF_8);
    Limits small = new Limits(LARGE.length / 2, 64, 100_000, 1_000);
    // A number Jackson cannot read near the start; the scanner meets the size limit long after.
    byte[] early = text.replaceFirst("3000000.00", ".inf").getBytes(StandardCharsets.UTF_8);
    String message = outcome(early, small, true);
    assertTrue(message.contains("Malformed numeric value"), message);
    assertSameEitherWay(early, small);
    // With no earlier mistake, the limit is what is reported, either way.
    String limit = outcome(LARGE, small, true);
    assertTrue(limit.contains("larger than the limit"), limit);
    assertSameEitherWay(LARGE, small);
  }

  @Test
  void aBadByteFarAheadComesAfterAnEarlierDuplicateKeyOrNumber() {
    String text = new String(LARGE, StandardCharsets.UTF_8);
    String bad =
        text.substring(0, text.length() - 20) + "\u0001" + text.substring(text.length() - 20);
    for (String early :
        List.of(
            bad.replaceFirst("price: 3000000.00", "price: 1\n    price: 2"),
            bad.replaceFirst("3000000.00", ".inf"),
            bad.replaceFirst("case: large", "case: [large"))) {
      byte[] bytes = early.getBytes(StandardCharsets.UTF_8);
      String message = outcome(bytes, Limits.DEFAULT, true);
      assertFalse(message.contains("control character"), message);
      assertSameEitherWay(bytes, Limits.DEFAULT);
    }
    byte[] onlyBad = bad.getBytes(StandardCharsets.UTF_8);
    assertTrue(outcome(onlyBad, Limits.DEFAULT, true).contains("control character"));
    assertSameEitherWay(onlyBad, Limits.DEFAULT);
  }

  @Test
  void aBadByteTheScannerHasPassedComesAfterAnEarlierNumberInTheSameBatch() {
    // The scanner hands over 512 tokens at a time, so when the reader fails on a number, the
    // scanner has already read on to the end of that batch, past a bad byte 2,000 characters on
    // (beyond SnakeYAML's own buffer of 1,024: one thread had not read it yet). Across deals, the
    // two fall in one batch some of the time; the number is reported every time.
    String text = new String(LARGE, StandardCharsets.UTF_8);
    for (int deal = 0; deal < 40; deal++) {
      int at = text.indexOf("3000000.00", text.indexOf("- id: d" + deal + "\n"));
      String broken = text.substring(0, at) + ".inf" + text.substring(at + 10);
      int bad = broken.indexOf('\n', at + 2_000);
      broken = broken.substring(0, bad) + "\u0001" + broken.substring(bad);
      byte[] bytes = broken.getBytes(StandardCharsets.UTF_8);
      String message = outcome(bytes, Limits.DEFAULT, true);
      assertTrue(message.contains("Malformed numeric value"), message);
      assertSameEitherWay(bytes, Limits.DEFAULT);
    }
  }

  @Test
  void aLargeFileIsReadAheadAndASmallOneIsNot() {
    assertTrue(DocumentReader.readsAhead(Syntax.YAML, DocumentReader.READ_AHEAD_BYTES));
    assertFalse(DocumentReader.readsAhead(Syntax.YAML, DocumentReader.READ_AHEAD_BYTES - 1));
    assertFalse(DocumentReader.readsAhead(Syntax.JSON, 1L << 30));
    assertSameEitherWay(LARGE, Limits.DEFAULT);
    assertTrue(outcome(LARGE, Limits.DEFAULT, true).startsWith("{case=TEXT:large;"));
  }
}
