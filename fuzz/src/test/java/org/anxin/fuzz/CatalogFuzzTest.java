package org.anxin.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;
import org.anxin.guarantees.catalog.Catalog;
import org.junit.jupiter.api.Timeout;

/**
 * Catalog files, {@code Catalog.read}: the bytes of a city's catalog (YAML; JSON reads as YAML
 * here, and its own syntax is fuzzed through the case-file reader, which is the same reader).
 */
@Timeout(value = 5, unit = TimeUnit.SECONDS)
class CatalogFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void yaml(byte[] input) throws Exception {
    CleanOutcome.check(input, () -> Catalog.read(new ByteArrayInputStream(input)));
  }
}
