package org.anxin.guarantees.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import org.anxin.guarantees.testing.RandomCases;
import org.anxin.guarantees.testing.TestCases;
import org.junit.jupiter.api.Test;

/** A case survives being written and read back, in both formats. */
class CaseFileRoundTripPropertiesTest {

  @Test
  void writingAndReadingAGeneratedCaseGivesItBackUnchanged() {
    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              CaseFile file = RandomCases.generate(seed);
              for (CaseFormat format : CaseFormat.values()) {
                String text = file.write(format);
                assertEquals(file, CaseFile.parse(text, format), () -> format + ":\n" + text);
              }
            });
  }

  @Test
  void theExamplesSurviveTooAndWritingIsStable() {
    for (String name :
        new String[] {"swap-cancellation.yaml", "pre-signing-seizure.yaml", "fee-arrears.yaml"}) {
      CaseFile file = TestCases.example(name);
      String yaml = file.write(CaseFormat.YAML);
      CaseFile reread = CaseFile.parse(yaml, CaseFormat.YAML);
      assertEquals(file, reread, name);
      assertEquals(yaml, reread.write(CaseFormat.YAML), name);
    }
  }
}
