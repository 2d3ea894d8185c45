package org.anxin.sla.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import org.anxin.domain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BusinessDurationsTest {

  @ParameterizedTest(name = "{0} = {1} minutes")
  @CsvSource({
    "30m, 30",
    "12h, 720",
    "1d, 1440",
    "1h30m, 90",
    "2d3h4m, 3064",
    "PT12H, 720",
    "pt30m, 30",
    "P1D, 1440",
    "' 45m ', 45",
    "0m, 0",
    "24H, 1440"
  })
  void parsesShortAndIsoForms(String text, long minutes) {
    assertEquals(Duration.ofMinutes(minutes), BusinessDurations.parse("--duration", text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "12",
        "h",
        "1.5h",
        "-1h",
        "PT-1H",
        "P",
        "1m1h",
        "99999999999999999999d",
        "twelve"
      })
  void rejectsWhatIsNotADuration(String text) {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class, () -> BusinessDurations.parse("--duration", text));
    assertEquals("--duration", e.field());
    assertEquals(text, e.value());
  }

  @Test
  void formatsCompactly() {
    assertEquals("26h10m", BusinessDurations.format(Duration.ofMinutes(26 * 60 + 10)));
    assertEquals("45m", BusinessDurations.format(Duration.ofMinutes(45)));
    assertEquals("0m", BusinessDurations.format(Duration.ZERO));
    assertEquals("12h", BusinessDurations.format(Duration.ofHours(12)));
    assertEquals("-1h30m", BusinessDurations.format(Duration.ofMinutes(-90)));
    assertEquals("1m5s", BusinessDurations.format(Duration.ofSeconds(65)));
    assertEquals("0m0s", BusinessDurations.format(Duration.ofMillis(1)));
  }

  @Test
  void formatThenParseRoundTripsWholeMinutes() {
    qt().forAll(longs().between(0, 10_000_000))
        .checkAssert(
            minutes -> {
              String text = BusinessDurations.format(Duration.ofMinutes(minutes));
              assertTrue(text.matches("(\\d+h)?(\\d+m)?"), text);
              assertEquals(Duration.ofMinutes(minutes), BusinessDurations.parse("d", text));
            });
  }
}
