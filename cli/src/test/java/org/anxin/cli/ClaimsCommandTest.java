package org.anxin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code anxin claims assess ...} run in-process on the canonical cases and on broken files. */
class ClaimsCommandTest {

  private static final Path CASES = Path.of("..", "examples", "cases");

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = AnxinCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(exit, out.toString(), err.toString());
  }

  private static String example(String name) {
    return CASES.resolve(name).toString();
  }

  private static JsonNode json(String... args) throws IOException {
    Run r = run(args);
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err());
    return new ObjectMapper().readTree(r.out());
  }

  // ---- The canonical cases --------------------------------------------------------------------

  @ParameterizedTest(name = "{0}: {1} {2} {3} to {4}")
  @CsvSource({
    "swap-cancellation.yaml, SWAP_CANCELLATION, compensation, 50000.00, 周女士 (zhou)",
    "swap-cancellation.json, SWAP_CANCELLATION, compensation, 50000.00, 周女士 (zhou)",
    "pre-signing-seizure.yaml, PRE_SIGNING_SEIZURE, advance, 100000.00, 吴女士 (wu)",
    "fee-arrears.yaml, FEE_ARREARS, advance, 63840.00, 戴先生 (dai)",
  })
  void theTableShowsTheAmountKindAndPayeeOfEachCase(
      String file, String code, String kind, String amount, String payee) {
    Run r = run("claims", "assess", example(file));
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err());
    String row =
        r.out()
            .lines()
            .filter(l -> l.contains(code + " "))
            .findFirst()
            .orElseThrow(() -> new AssertionError(r.out()));
    assertTrue(row.contains(" payable "), row);
    assertTrue(row.contains(" " + kind + " "), row);
    assertTrue(row.contains(" " + amount + " "), row);
    assertTrue(row.endsWith(payee), row);
    assertTrue(r.out().startsWith("Case "), r.out());
    assertTrue(r.out().contains("catalog shanghai-18 "), r.out());
  }

  @Test
  void theSeizureTableSaysWhomTheAdvanceIsRecoveredFromAndWhen() {
    Run r = run("claims", "assess", example("pre-signing-seizure.yaml"));
    assertTrue(
        r.out().contains("recover from 业主B (owner-b) 100000.00, due 2022-01-31 (promised-date)"),
        r.out());
    Run arrears = run("claims", "assess", example("fee-arrears.yaml"));
    assertTrue(
        arrears
            .out()
            .contains(
                "recover from 戴先生 (dai) 63840.00 once recovered from 原业主 (seller)"
                    + " (after-customer-recovers)"),
        arrears.out());
  }

  @Test
  void swapJson() throws IOException {
    JsonNode root = json("claims", "assess", example("swap-cancellation.yaml"), "--format", "json");
    assertEquals("swap-cancellation", root.get("case").asText());
    assertEquals("2020-02-19", root.get("asOf").asText());
    assertEquals("shanghai-18", root.get("catalog").get("id").asText());
    JsonNode list = root.get("assessments");
    assertEquals(1, list.size());
    JsonNode a = list.get(0);
    assertEquals("zhou-lin", a.get("deal").asText());
    assertEquals("SWAP_CANCELLATION", a.get("guarantee").asText());
    assertEquals("payable", a.get("decision").asText());
    assertEquals("compensation", a.get("kind").asText());
    assertTrue(a.get("amount").isTextual(), "amounts are decimal strings");
    assertEquals("50000.00", a.get("amount").asText());
    assertEquals("CNY", a.get("currency").asText());
    assertEquals("zhou", a.get("payee").asText());
    assertEquals("周女士", a.get("payeeName").asText());
    assertEquals("2020-02-10", a.get("filedOn").asText());
    assertTrue(a.get("reasons").isArray());
    assertTrue(a.get("reasons").get(0).asText().startsWith("payout: 150000.00 forfeited"));
    assertEquals(null, a.get("recoverFrom"), "a compensation is not recovered");
    assertEquals("50000.00", root.get("totals").get("compensation").asText());
  }

  @Test
  void advancesNameWhomTheyAreRecoveredFrom() throws IOException {
    JsonNode seizure =
        json("claims", "assess", example("pre-signing-seizure.yaml"), "--format", "json")
            .get("assessments")
            .get(0);
    assertEquals("advance", seizure.get("kind").asText());
    assertEquals("100000.00", seizure.get("amount").asText());
    assertEquals("wu", seizure.get("payee").asText());
    assertEquals("owner-b", seizure.get("recoverFrom").asText());
    assertEquals("2022-01-31", seizure.get("recoveryDue").asText());
    assertEquals("promised-date", seizure.get("recovery").get("when").asText());
    JsonNode arrears =
        json("claims", "assess", example("fee-arrears.yaml"), "--format", "JSON")
            .get("assessments")
            .get(0);
    assertEquals("63840.00", arrears.get("amount").asText());
    assertEquals("dai", arrears.get("recoverFrom").asText());
    assertEquals(null, arrears.get("recoveryDue"), "due when Dai has recovered it: unknown");
    assertEquals("seller", arrears.get("recovery").get("via").get(0).asText());
  }

  @Test
  void theJsonExampleGivesTheSameOutputAsTheYamlOne() {
    assertEquals(
        run("claims", "assess", example("swap-cancellation.yaml"), "--format", "json").out(),
        run("claims", "assess", example("swap-cancellation.json"), "--format", "json").out());
  }

  @Test
  void asOfAnEarlierDate() throws IOException {
    JsonNode root =
        json(
            "claims",
            "assess",
            example("swap-cancellation.yaml"),
            "--as-of",
            "2020-02-15",
            "--format",
            "json");
    assertEquals("2020-02-15", root.get("asOf").asText());
    JsonNode a = root.get("assessments").get(0);
    assertEquals("rejected", a.get("decision").asText());
    assertEquals("0.00", a.get("amount").asText());
    assertTrue(a.get("reasons").get(0).asText().startsWith("funding-sale-broken: "), a.toString());
    Run before =
        run("claims", "assess", example("swap-cancellation.yaml"), "--as-of", "2020-01-01");
    assertEquals(0, before.exit());
    assertTrue(before.out().contains("No claim was filed on or before 2020-01-01."), before.out());
  }

  @Test
  void aCitysCatalog(@TempDir Path dir) throws IOException {
    String catalog = run("catalog", "--format", "json").out();
    Path file = dir.resolve("city.json");
    Files.writeString(
        file,
        catalog.replace("\"shanghai-18\"", "\"city-18\"").replace("\"500000.00\"", "\"20000.00\""),
        StandardCharsets.UTF_8);
    JsonNode root =
        json(
            "claims",
            "assess",
            example("swap-cancellation.yaml"),
            "--catalog",
            file.toString(),
            "--format",
            "json");
    assertEquals("city-18", root.get("catalog").get("id").asText());
    assertEquals(
        "20000.00", root.get("assessments").get(0).get("amount").asText(), "the city's cap");
  }

  // ---- Bad input: exit 2, one line on stderr naming the file, the field and the value ----------

  private static Run brokenSwap(Path dir, String from, String to, String name) throws IOException {
    String text = Files.readString(CASES.resolve("swap-cancellation.yaml"), StandardCharsets.UTF_8);
    assertTrue(text.contains(from), from);
    Path file = dir.resolve(name);
    Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    return run("claims", "assess", file.toString());
  }

  private static void assertUserError(Run r, String expectedLine) {
    assertEquals(2, r.exit(), r.err());
    assertEquals("", r.out(), "nothing on stdout");
    assertEquals(expectedLine + System.lineSeparator(), r.err());
  }

  @Test
  void malformedYaml(@TempDir Path dir) throws IOException {
    Run r = brokenSwap(dir, "  - {id: tie, name: 铁先生}", "  - {id: tie, name: 铁先生", "bad.yaml");
    assertEquals(2, r.exit());
    assertEquals("", r.out());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(
        r.err().startsWith("anxin: " + dir.resolve("bad.yaml") + ":16:5: not valid YAML (got '"),
        r.err());
  }

  @Test
  void anUnknownGuaranteeCode(@TempDir Path dir) throws IOException {
    Run r = brokenSwap(dir, "guarantee: SWAP_CANCELLATION", "guarantee: SWAP_CANCEL", "code.yaml");
    assertEquals(2, r.exit());
    assertEquals("", r.out());
    assertTrue(
        r.err()
            .startsWith(
                "anxin: "
                    + dir.resolve("code.yaml")
                    + ": filings[0].guarantee: unknown guarantee code"),
        r.err());
    assertTrue(r.err().strip().endsWith("(got 'SWAP_CANCEL')"), r.err());
  }

  @Test
  void aNegativeAmount(@TempDir Path dir) throws IOException {
    assertUserError(
        brokenSwap(dir, "amount: 100000.00", "amount: -100000.00", "negative.yaml"),
        "anxin: "
            + dir.resolve("negative.yaml")
            + ": deals[0].events[0].shares[0].amount: must not be negative (got '-100000.00')");
  }

  @Test
  void anImpossibleEventSequence(@TempDir Path dir) throws IOException {
    assertUserError(
        brokenSwap(
            dir,
            "{date: 2020-02-12, type: cancelled, cause: buyer-cannot-fund}",
            "{date: 2020-02-12, type: handed-over}",
            "order.yaml"),
        "anxin: "
            + dir.resolve("order.yaml")
            + ": deals[0].events[2].type: deal tie-zhou, handed-over on 2020-02-12: a resale is"
            + " handed over after the title transfer; the deal is at stage DEPOSIT_PAID (got"
            + " 'handed-over')");
  }

  @Test
  void aDateInTheWrongFormat(@TempDir Path dir) throws IOException {
    assertUserError(
        brokenSwap(dir, "resaleWindow: 2020-02-19", "resaleWindow: 19.02.2020", "date.yaml"),
        "anxin: "
            + dir.resolve("date.yaml")
            + ": fundingLinks[0].resaleWindow: must be a date written YYYY-MM-DD (got '19.02.2020')");
  }

  @Test
  void anUnknownParty(@TempDir Path dir) throws IOException {
    assertUserError(
        brokenSwap(dir, "claimant: zhou}", "claimant: zou}", "party.yaml"),
        "anxin: "
            + dir.resolve("party.yaml")
            + ": filings[0].claimant: unknown party; the case has lin, tie, zhou (got 'zou')");
  }

  @Test
  void aMissingFileAWrongExtensionAndABadAsOf(@TempDir Path dir) throws IOException {
    Path missing = dir.resolve("none.yaml");
    assertUserError(
        run("claims", "assess", missing.toString()),
        "anxin: case file: no such file (got '" + missing + "')");
    Path txt = dir.resolve("case.txt");
    Files.writeString(txt, "case: x", StandardCharsets.UTF_8);
    assertUserError(
        run("claims", "assess", txt.toString()),
        "anxin: case file: must end in .yaml, .yml or .json (got '" + txt + "')");
    assertUserError(
        run("claims", "assess", example("fee-arrears.yaml"), "--as-of", "2021/08/17"),
        "anxin: --as-of: must be a date written YYYY-MM-DD (got '2021/08/17')");
    Run format = run("claims", "assess", example("fee-arrears.yaml"), "--format", "xml");
    assertEquals(2, format.exit());
    assertEquals("", format.out());
    assertTrue(format.err().contains("--format must be table or json (got 'xml')"), format.err());
  }

  @Test
  void aBadCatalogNamesTheCatalogFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(
        file,
        run("catalog", "--format", "json").out().replace("\"500000.00\"", "\"-1.00\""),
        StandardCharsets.UTF_8);
    assertUserError(
        run("claims", "assess", example("swap-cancellation.yaml"), "--catalog", file.toString()),
        "anxin: " + file + ": guarantees[3].terms.cap: must not be negative (got '-1.00')");
  }

  @Test
  void helpListsClaimsAndAssess() {
    assertTrue(run("--help").out().contains("claims"));
    Run claims = run("claims");
    assertEquals(2, claims.exit());
    assertTrue(claims.err().contains("assess"), claims.err());
    assertTrue(run("claims", "--help").out().contains("assess"));
    Run help = run("claims", "assess", "--help");
    for (String option : List.of("--as-of", "--format", "--catalog", "FILE")) {
      assertTrue(help.out().contains(option), option);
    }
    assertFalse(help.out().isBlank());
  }
}
