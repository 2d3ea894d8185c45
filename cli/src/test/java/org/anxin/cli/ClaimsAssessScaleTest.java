package org.anxin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anxin.guarantees.testing.LargeCases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code claims assess} holds its memory to the size of the case: the requirement is 100,000 deals
 * in a 1 GB heap (docs/limits.md), and a fifth of that case must run in a fifth of the heap. A pass
 * that kept a copy per deal of something the size of the case, or a quadratic walk of the chain,
 * fails here; a heap far too small for the case ends in one line, not a trace or a hang. The time
 * it takes is measured by {@code CaseAssessmentBenchmark}, not here.
 */
class ClaimsAssessScaleTest {

  private static final int DEALS = 20_000;

  @TempDir static Path dir;
  private static Path chain;

  @BeforeAll
  static void writeTheCase() throws Exception {
    chain = dir.resolve("chain.yaml");
    Files.writeString(chain, LargeCases.chain(DEALS));
  }

  private static ChildJvm.Result assess(String heap, Path out) throws Exception {
    List<String> command =
        new ArrayList<>(ChildJvm.command("claims", "assess", chain.toString(), "--format", "json"));
    command.add(1, "-Xmx" + heap);
    ProcessBuilder builder = ChildJvm.builder(command, Map.of());
    // Megabytes of JSON: to a file, so that neither pipe can fill while the other is read.
    builder.redirectOutput(out.toFile());
    return ChildJvm.run(builder);
  }

  @Test
  void aTwentyThousandDealChainIsAssessedInAFifthOfTheHeapAHundredThousandGet() throws Exception {
    Path out = dir.resolve("chain.json");
    ChildJvm.Result result = assess("200m", out);
    assertEquals(0, result.exitCode(), result.err());
    assertEquals("", result.err());
    JsonNode report = new ObjectMapper().readTree(out.toFile());
    JsonNode claims = report.get("assessments");
    assertEquals(DEALS - 1, claims.size());
    for (int i = 1; i < DEALS; i++) {
      JsonNode claim = claims.get(i - 1);
      assertEquals("d" + i, claim.get("deal").asText());
      assertEquals("payable", claim.get("decision").asText(), claim::toString);
      assertEquals("10.00", claim.get("amount").asText(), claim::toString);
    }
  }

  @Test
  void aHeapFarTooSmallForTheCaseEndsInOneLine() throws Exception {
    ChildJvm.Result result = assess("40m", dir.resolve("too-small.json"));
    assertEquals(1, result.exitCode(), result.err());
    assertEquals(1, result.err().lines().count(), result.err());
    assertTrue(result.err().startsWith("anxin: out of memory: give Java more heap"), result.err());
    assertFalse(result.err().contains("Exception"), result.err());
  }
}
