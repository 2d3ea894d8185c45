package org.anxin.staffing.scenario;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.anxin.domain.InvalidInputException;
import org.anxin.simulator.scenario.ScenarioLoader;
import org.anxin.staffing.model.StaffingModel;
import org.junit.jupiter.api.Test;

/**
 * Whatever the {@code complaints} section is broken into, binding and compiling it either succeeds
 * or fails with an {@link InvalidInputException} whose message is one line and names nothing of the
 * parser, the binder or the JDK (the property the simulator holds its own sections to).
 */
class BrokenSectionPropertiesTest {

  private static final Pattern MACHINERY =
      Pattern.compile(
          "com\\.fasterxml|org\\.yaml|(?i:snakeyaml|jackson)|java\\.(?:io|nio|lang|util)"
              + "|Exception\\b|org\\.anxin");

  private static final String[] NASTY = {
    "{",
    "}",
    "[",
    "]",
    ":",
    ": ",
    ",",
    "'",
    "\"",
    "- ",
    "#",
    "\n",
    " ",
    "~",
    "null",
    "-1",
    "1.5",
    "1e999",
    "0",
    "true",
    "[1, 2]",
    "{}",
    "none",
    "24:00",
    "25:61-00:00",
    "\n  ",
    "é",
    "NaN"
  };

  /** The built-in section, under a minimal scenario: what the mutations work on. */
  private static final String SECTION = section();

  private static String section() {
    try (InputStream in = ScenarioLoader.class.getResourceAsStream("shanghai-default.yaml")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return "name: broken\n" + text.substring(text.indexOf("\ncomplaints:") + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aBrokenSectionIsCompiledOrRefusedInOneCleanLine() {
    qt().withExamples(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              String text = broken(seed);
              try {
                StaffingModel.of(ComplaintScenario.of(ScenarioLoader.parseDocument(text)), 2025);
              } catch (InvalidInputException e) {
                String message = e.getMessage();
                assertFalse(
                    message.matches("(?s).*[\\n\\r\\u0085\\u2028\\u2029].*"),
                    () -> "a line break in: " + message + "\ninput:\n" + text);
                assertFalse(
                    MACHINERY.matcher(message).find(),
                    () -> "machinery in: " + message + "\ninput:\n" + text);
              } catch (RuntimeException | Error e) {
                fail("threw " + e + " for:\n" + text, e);
              }
            });
  }

  /** The section with one to four bytes-level edits after its first line. */
  private static String broken(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder text = new StringBuilder(SECTION);
    int start = SECTION.indexOf("complaints:") + "complaints:".length();
    for (int times = 1 + random.nextInt(4); times > 0 && text.length() > start; times--) {
      int at = start + random.nextInt(text.length() - start);
      String nasty = NASTY[random.nextInt(NASTY.length)];
      switch (random.nextInt(4)) {
        case 0 -> text.setLength(at);
        case 1 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(8)));
        case 2 -> text.replace(at, Math.min(text.length(), at + 1), nasty);
        default -> text.insert(at, nasty);
      }
    }
    return text.toString();
  }
}
