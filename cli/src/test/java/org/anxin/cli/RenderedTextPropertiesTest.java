package org.anxin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Rendered text prints exactly what was written, however the writes fall across its pieces. */
class RenderedTextPropertiesTest {

  @Test
  void printsWhatWasWrittenAcrossPieces() {
    qt().withExamples(100)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random random = new Random(seed);
              RenderedText text = new RenderedText();
              StringBuilder expected = new StringBuilder();
              for (int i = 0, n = random.nextInt(12); i < n; i++) {
                // Short writes, and writes of about a piece or several, of text and of chars.
                int length =
                    random.nextBoolean()
                        ? random.nextInt(40)
                        : RenderedText.PIECE - 2 + random.nextInt(2 * RenderedText.PIECE);
                String written = text(random, length);
                if (random.nextBoolean()) {
                  text.text(written);
                } else {
                  text.write(written.toCharArray(), 0, written.length());
                }
                expected.append(written);
              }
              StringWriter printed = new StringWriter();
              try (PrintWriter out = new PrintWriter(printed)) {
                text.printTo(out);
              }
              assertEquals(expected.toString(), printed.toString());
              assertEquals(expected.toString(), text.toString());
            });
  }

  private static String text(Random random, int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(random.nextInt(8) == 0 ? '周' : (char) ('a' + random.nextInt(26)));
    }
    return text.toString();
  }
}
