package org.anxin.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.anxin.sla.calendar.BusinessDurations;
import org.junit.jupiter.api.Timeout;

/**
 * The duration syntax of {@code sla deadline --duration}, {@code BusinessDurations.parse}: a
 * duration it accepts lies between zero and {@link BusinessDurations#LONGEST}.
 */
@Timeout(value = 5, unit = TimeUnit.SECONDS)
class BusinessDurationsFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void duration(byte[] input) throws Exception {
    String text = new String(input, StandardCharsets.UTF_8);
    Duration d = CleanOutcome.check(input, () -> BusinessDurations.parse("--duration", text));
    if (d != null) {
      assertTrue(
          !d.isNegative() && d.compareTo(BusinessDurations.LONGEST) <= 0,
          () -> "accepted " + d + " for " + CleanOutcome.quote(text));
    }
  }
}
