package org.anxin.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.anxin.sla.calendar.DateTimes;
import org.junit.jupiter.api.Timeout;

/**
 * The instant syntax of {@code --start}, {@code --as-of} and the CSV's date-time columns, {@code
 * DateTimes.parse}, in Shanghai's zone: an instant it accepts lies in the documented range.
 */
@Timeout(value = 5, unit = TimeUnit.SECONDS)
class DateTimesFuzzTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @FuzzTest(maxDuration = "10m")
  void instant(byte[] input) throws Exception {
    String text = new String(input, StandardCharsets.UTF_8);
    Instant at = CleanOutcome.check(input, () -> DateTimes.parse("--start", text, SHANGHAI));
    if (at != null) {
      assertTrue(
          !at.isBefore(DateTimes.EARLIEST) && !at.isAfter(DateTimes.LATEST),
          () -> "accepted " + at + " for " + CleanOutcome.quote(text));
    }
  }
}
