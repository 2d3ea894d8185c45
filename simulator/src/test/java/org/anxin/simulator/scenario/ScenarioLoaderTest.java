package org.anxin.simulator.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.anxin.domain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScenarioLoaderTest {

  @Test
  void defaultScenarioLoadsWithItsDocumentedBook() {
    Scenario scenario = ScenarioLoader.builtIn("shanghai-default");
    assertEquals("shanghai-default", scenario.name());
    assertEquals(65_000, scenario.book().deals());
    int[] split = scenario.book().mix().split(scenario.book().deals());
    assertEquals(65_000, split[0] + split[1] + split[2]);
    assertNull(scenario.stress().active());
  }

  @Test
  void everyBuiltInScenarioLoads() {
    for (String name : ScenarioLoader.BUILT_IN) {
      assertEquals(name, ScenarioLoader.builtIn(name).name());
    }
    assertEquals(
        3.0,
        ScenarioLoader.builtIn("shanghai-credit-squeeze")
            .stress()
            .active()
            .multiplier(RiskKind.BUYER_CANNOT_FUND));
  }

  @Test
  void aFileStatesOnlyWhatDiffersFromTheDefaults() {
    Scenario scenario =
        ScenarioLoader.parse(
            "name: small\nbook: {deals: 100}\nrisks: {leak: {probability: 0.5}}\n");
    assertEquals(100, scenario.book().deals());
    assertEquals(0.5, scenario.risks().leak().probability());
    Scenario defaults = ScenarioLoader.builtIn("shanghai-default");
    assertEquals(defaults.risks().leak().severity(), scenario.risks().leak().severity());
    assertEquals(defaults.book().resale(), scenario.book().resale());
  }

  @Test
  void aDistributionNamingItsKindReplacesTheDefaultWhole() {
    Scenario scenario =
        ScenarioLoader.parse("name: x\nbook: {resale: {price: {dist: fixed, value: 3000000}}}\n");
    assertEquals(new Dist.Fixed(3_000_000), scenario.book().resale().price());
  }

  @Test
  void jsonFilesAreReadToo(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("s.json");
    Files.writeString(
        file, "{\"name\": \"json\", \"book\": {\"deals\": 1234}}", StandardCharsets.UTF_8);
    assertEquals(1234, ScenarioLoader.load(file).book().deals());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "risks: {leak: {probability: 1.5}}|risks.leak.probability|1.5",
        "book: {deals: 1000000000000}|book.deals|1.0E12",
        "book: {deals: 0}|book.deals|0",
        "book: {resale: {price: {dist: lognormal, median: -5, sigma: 0.4}}}|book.resale.price.median|-5",
        "book: {mix: {resale: 0.5, newHome: 0.5, rental: 0.5}}|book.mix|1.5",
        "risks: {leak: {probabilty: 0.1}}|risks.leak.probabilty|0.1",
        "bogus: 1|bogus|1",
        "stress: {regime: meltdown}|stress.regime|meltdown",
        "stress: {regimes: {x: {multipliers: {noSuchRisk: 2}}}}|stress.regimes.x.multipliers.noSuchRisk|noSuchRisk",
        "risks: {rentalDeposit: {severity: {dist: uniform, min: 0.5, max: 2}}}|risks.rentalDeposit.severity.max|2",
        "advances: {recoveredShare: {dist: discrete, values: [1, 0], weights: [1]}}|advances.recoveredShare.weights|1 weights",
        "book: {deals: many}|book.deals|many",
        "book: {deals: 1.5}|book.deals|1.5",
        "book: {resale: {holdback: {dist: shareOf, attribute: price, share: {dist: fixed, value: 0.01}}}}|book.resale.holdback.dist|shareOf",
        "risks: {leak: {severity: {dist: shareOf, attribute: securityDeposit, share: {dist: fixed, value: 1}}}}|risks.leak.severity.attribute|securityDeposit",
        "risks: {rentalDeposit: {severity: {dist: shareOf, attribute: monthlyRent, share: {dist: fixed, value: 1}}}}|risks.rentalDeposit.severity.dist|shareOf",
        "risks: {leak: {severity: {dist: shareOf, attribute: price, share: {dist: shareOf, attribute: price, share: {dist: fixed, value: 1}}}}}|risks.leak.severity.share.dist|shareOf",
        "swap: {linksPerChain: {dist: lognormal, median: 2, sigma: 1}}|swap.linksPerChain.dist|lognormal",
        "advances: {recoveredShare: {dist: discrete, values: [1, 0], weights: [1.7e308, 1.7e308]}}|advances.recoveredShare.weights|1.7",
        "stress: {regime: none, regimes: {none: {multipliers: {leak: 2}}}}|stress.regimes.none|none",
      })
  void badFieldsAreRejectedNamingFieldAndValue(String yaml, String field, String value) {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> ScenarioLoader.parse("name: x\n" + yaml));
    assertEquals(field, e.field(), e.getMessage());
    assertTrue(e.getMessage().contains(value), e.getMessage());
  }

  @Test
  void malformedYamlNamesTheLine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("broken.yaml");
    Files.writeString(file, "name: x\nbook: {deals: [\n", StandardCharsets.UTF_8);
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> ScenarioLoader.load(file));
    assertEquals(file + ":3:1", e.field(), e.getMessage());
    assertTrue(e.getMessage().startsWith(file + ":3:1: not valid YAML (got '"), e.getMessage());
    assertEquals(1, e.getMessage().lines().count(), e.getMessage());
  }

  @Test
  void anEmptyFileIsRefusedNotReadAsTheDefaults() {
    assertTrue(
        assertThrows(InvalidInputException.class, () -> ScenarioLoader.parse(""))
            .getMessage()
            .startsWith("scenario: is empty"));
    for (String text : new String[] {"", "\n", "# only a comment\n", "---\n"}) {
      InvalidInputException e =
          assertThrows(InvalidInputException.class, () -> ScenarioLoader.parse(text), text);
      assertTrue(
          e.getMessage().contains("is empty") || e.getMessage().contains("must be a mapping"),
          e.getMessage());
    }
  }
}
