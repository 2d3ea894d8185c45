package org.anxin.guarantees.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.anxin.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * A message about an unknown id names a few of the case's ids, not all of them: found by fuzzing
 * (fuzz/.../CaseFileFuzzTestInputs/yaml/finding-unknown-party-lists-every-id.yaml), where a case of
 * long ids was refused with the whole file in one line.
 */
class UnknownIdMessageTest {

  private static String caseWith(int parties, String idPrefix) {
    StringBuilder yaml = new StringBuilder("case: many\nparties:\n");
    for (int i = 0; i < parties; i++) {
      yaml.append("  - {id: ").append(idPrefix).append(String.format("%05d", i));
      yaml.append(", name: P}\n");
    }
    yaml.append("properties:\n  - {id: home, address: A}\n")
        .append("deals:\n  - id: d\n    kind: resale\n    property: home\n")
        .append("    sellers: [")
        .append(idPrefix)
        .append("00000]\n    buyers: [nobody]\n    price: 100\n    brokeredByUs: true\n")
        .append("    events: []\n");
    return yaml.toString();
  }

  @Test
  void aCaseOfManyPartiesNamesTenAndCountsTheRest() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> CaseFile.parse(caseWith(1_000, "p"), CaseFormat.YAML));
    assertEquals(
        "deals[0].buyers[0]: unknown party; the case has p00000, p00001, p00002, p00003, p00004,"
            + " p00005, p00006, p00007, p00008, p00009 and 990 more (got 'nobody')",
        e.getMessage());
  }

  @Test
  void aLongIdIsCut() {
    String prefix = "x".repeat(60);
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> CaseFile.parse(caseWith(2, prefix), CaseFormat.YAML));
    assertTrue(
        e.getMessage().contains("the case has " + "x".repeat(40) + "…, " + "x".repeat(40) + "… ("),
        e.getMessage());
  }
}
