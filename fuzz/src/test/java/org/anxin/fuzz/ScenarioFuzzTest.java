package org.anxin.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.anxin.simulator.scenario.ScenarioLoader;
import org.junit.jupiter.api.Timeout;

/**
 * Scenario files, {@code ScenarioLoader.parse}: laid over the defaults, bound and validated, so
 * that a scenario that reads is one the engine can run.
 */
@Timeout(value = 5, unit = TimeUnit.SECONDS)
class ScenarioFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void yaml(byte[] input) throws Exception {
    CleanOutcome.check(
        input, () -> ScenarioLoader.parse(new String(input, StandardCharsets.UTF_8)));
  }
}
