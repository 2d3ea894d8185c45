package org.anxin.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;
import org.anxin.guarantees.casefile.CaseFile;
import org.anxin.guarantees.casefile.CaseFormat;
import org.junit.jupiter.api.Timeout;

/**
 * Case files, {@code CaseFile.read}, as {@code claims assess} reads them: the bytes of a YAML or a
 * JSON file. A case that reads is also written and read back, which must give it unchanged (what
 * {@link CaseFile#write(CaseFormat)} promises).
 *
 * <p>The {@code @Timeout} bounds each input: in the regression run JUnit enforces it per input;
 * while fuzzing Jazzer hands it to libFuzzer as {@code -timeout}, so a hang is a finding.
 */
@Timeout(value = 5, unit = TimeUnit.SECONDS)
class CaseFileFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void yaml(byte[] input) throws Exception {
    readsOrRefusesCleanly(input, CaseFormat.YAML);
  }

  @FuzzTest(maxDuration = "10m")
  void json(byte[] input) throws Exception {
    readsOrRefusesCleanly(input, CaseFormat.JSON);
  }

  private static void readsOrRefusesCleanly(byte[] input, CaseFormat format) throws Exception {
    CaseFile file =
        CleanOutcome.check(input, () -> CaseFile.read(new ByteArrayInputStream(input), format));
    if (file == null) {
      return;
    }
    // Outside the check: a refusal of what Anxin wrote itself is a finding, not a clean refusal.
    for (CaseFormat written : CaseFormat.values()) {
      String text = file.write(written);
      assertEquals(
          file,
          CaseFile.parse(text, written),
          () -> "written as " + written + ", read back differently: " + text);
    }
  }
}
