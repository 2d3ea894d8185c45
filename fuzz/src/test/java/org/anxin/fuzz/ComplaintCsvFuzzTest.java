package org.anxin.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.anxin.sla.report.ComplaintCsv;
import org.junit.jupiter.api.Timeout;

/**
 * Complaints CSV, {@code ComplaintCsv.read}, in Shanghai's zone. The command line decodes the file
 * first (and refuses bytes that are not UTF-8 or GB18030 itself); here undecodable bytes become
 * U+FFFD, so the reader sees any text.
 */
@Timeout(value = 5, unit = TimeUnit.SECONDS)
class ComplaintCsvFuzzTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @FuzzTest(maxDuration = "10m")
  void csv(byte[] input) throws Exception {
    CleanOutcome.check(
        input,
        () ->
            ComplaintCsv.read(
                "c.csv", new StringReader(new String(input, StandardCharsets.UTF_8)), SHANGHAI));
  }
}
