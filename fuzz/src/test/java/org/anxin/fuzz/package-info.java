/**
 * Jazzer fuzz tests of every parser a user's input goes through: case files (YAML and JSON),
 * catalogs, scenarios, complaints CSV, and the duration and instant syntaxes of the {@code sla}
 * commands. Each test states one property ({@link org.anxin.fuzz.CleanOutcome}): any input gives a
 * result or an {@link org.anxin.domain.InvalidInputException} with a clean one-line message, never
 * another exception, never a hang.
 *
 * <p>Without {@code JAZZER_FUZZ} the tests replay the saved corpus under {@code
 * src/test/resources/org/anxin/fuzz/<Test>Inputs/<method>/} as a regression run; {@code
 * docs/fuzzing.md} says how to fuzz for longer.
 */
package org.anxin.fuzz;
