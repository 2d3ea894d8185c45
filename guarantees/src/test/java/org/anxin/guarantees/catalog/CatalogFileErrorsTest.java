package org.anxin.guarantees.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.anxin.domain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of mistake in a catalog file, made by editing the built-in file, is refused with a
 * message naming the field and the value.
 */
class CatalogFileErrorsTest {

  private static final String BUILT_IN = builtInText();

  private static String builtInText() {
    try (InputStream in = Catalog.class.getResourceAsStream(Catalog.BUILT_IN_RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Catalog read(String yaml) {
    return Catalog.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
  }

  /** The built-in file with the first occurrence of {@code from} replaced. */
  private static String edited(String from, String to) {
    int at = BUILT_IN.indexOf(from);
    assertTrue(at >= 0, "the built-in file contains " + from);
    return BUILT_IN.substring(0, at) + to + BUILT_IN.substring(at + from.length());
  }

  private static InvalidInputException refused(String yaml) {
    return assertThrows(InvalidInputException.class, () -> read(yaml));
  }

  private static void assertRefused(String yaml, String field, String value, String problem) {
    InvalidInputException e = refused(yaml);
    assertEquals(field, e.field(), e.getMessage());
    assertEquals(value, e.value(), e.getMessage());
    assertTrue(e.getMessage().contains(problem), e.getMessage());
    assertTrue(e.getMessage().startsWith(field + ": "), e.getMessage());
  }

  @Test
  void theBuiltInTextReadsBackToTheBuiltInCatalog() {
    assertEquals(Catalog.builtIn(), read(BUILT_IN));
  }

  @Test
  void unknownCode() {
    assertRefused(
        edited("code: TAX_ESTIMATE", "code: TAX_REBATE"),
        "guarantees[6].code",
        "TAX_REBATE",
        "unknown guarantee code; expected one of TRUE_LISTING,");
  }

  @Test
  void negativeCap() {
    assertRefused(
        edited("terms: {cap: 500000.00}", "terms: {cap: -500000.00}"),
        "guarantees[3].terms.cap",
        "-500000.00",
        "must not be negative");
  }

  @Test
  void negativeCapWrittenAsText() {
    assertRefused(
        edited("terms: {cap: 500000.00}", "terms: {cap: \"-1\"}"),
        "guarantees[3].terms.cap",
        "-1",
        "must not be negative");
  }

  @Test
  void missingField() {
    assertRefused(
        edited("    stage: before-signing\n", ""), "guarantees[2].stage", "null", "missing field");
  }

  @Test
  void missingTerm() {
    assertRefused(
        edited("terms: {perReport: 100.00, cap: 10000.00}", "terms: {cap: 10000.00}"),
        "guarantees[0].terms.perReport",
        "null",
        "missing; TRUE_LISTING takes cap, perReport");
  }

  @Test
  void termOfAnotherGuarantee() {
    assertRefused(
        edited("terms: {cap: 500000.00}", "terms: {cap: 500000.00, warrantyDays: 30}"),
        "guarantees[3].terms.warrantyDays",
        "warrantyDays",
        "not a term of SWAP_CANCELLATION");
  }

  @Test
  void unknownTerm() {
    assertRefused(
        edited("terms: {cap: 500000.00}", "terms: {cap: 500000.00, ceiling: 1}"),
        "guarantees[3].terms.ceiling",
        "ceiling",
        "unknown term; expected one of cap, perReport");
  }

  @Test
  void duplicateCode() {
    assertRefused(
        edited("code: NO_COLD_CALLS", "code: TRUE_LISTING"),
        "guarantees[1].code",
        "TRUE_LISTING",
        "duplicate guarantee code");
  }

  @Test
  void unknownField() {
    assertRefused(
        edited("    stage: before-signing\n", "    stage: before-signing\n    colour: red\n"),
        "guarantees[2].colour",
        "colour",
        "unknown field; expected one of code, nameZh");
  }

  @Test
  void unknownTopLevelField() {
    assertRefused("owner: me\n" + BUILT_IN, "owner", "owner", "unknown field");
  }

  @Test
  void amountWithGroupingCommas() {
    assertRefused(
        edited("terms: {cap: 500000.00}", "terms: {cap: '500,000'}"),
        "guarantees[3].terms.cap",
        "500,000",
        "not an amount in yuan");
  }

  @Test
  void amountWithThreeDecimals() {
    assertRefused(
        edited("terms: {cap: 500000.00}", "terms: {cap: 500000.001}"),
        "guarantees[3].terms.cap",
        "500000.001",
        "not an amount in yuan");
  }

  @Test
  void amountThatIsNotAScalar() {
    assertRefused(
        edited("terms: {cap: 500000.00}", "terms: {cap: [1]}"),
        "guarantees[3].terms.cap",
        "[1]",
        "must be an amount in yuan");
  }

  @Test
  void noneIsOnlyForTheCap() {
    assertRefused(
        edited("terms: {perReport: 100.00, cap: 10000.00}", "terms: {perReport: none, cap: 1}"),
        "guarantees[0].terms.perReport",
        "none",
        "not an amount in yuan");
  }

  @Test
  void capAtTheLargestAmountMustBeWrittenNone() {
    assertRefused(
        edited("terms: {cap: 500000.00}", "terms: {cap: 92233720368547758.07}"),
        "guarantees[3].terms.cap",
        "92233720368547758.07",
        "write none for no cap");
  }

  @Test
  void negativeDays() {
    assertRefused(
        edited(
            "filing: {trigger: funding-sale-broken, days: 30}",
            "filing: {trigger: funding-sale-broken, days: -1}"),
        "guarantees[3].filing.days",
        "-1",
        "must not be negative");
  }

  @Test
  void fractionalDays() {
    assertRefused(
        edited("warrantyDays: 180", "warrantyDays: 180.5"),
        "guarantees[10].terms.warrantyDays",
        "180.5",
        "must be a whole number of days");
  }

  @Test
  void tooManyDays() {
    assertRefused(
        edited("warrantyDays: 180", "warrantyDays: 36501"),
        "guarantees[10].terms.warrantyDays",
        "36501",
        "at most 36500");
  }

  @Test
  void theLongestWindowIsAllowed() {
    Catalog catalog = read(edited("warrantyDays: 180", "warrantyDays: 36500"));
    assertEquals(36_500, catalog.get(GuaranteeCode.LEAK_WARRANTY).terms().days(Term.WARRANTY_DAYS));
  }

  @Test
  void unknownTrigger() {
    assertRefused(
        edited("trigger: funding-sale-broken", "trigger: sale-broken"),
        "guarantees[3].filing.trigger",
        "sale-broken",
        "unknown trigger; expected one of listing-seen,");
  }

  @Test
  void unknownSegmentStageKindProvenanceAndCondition() {
    assertRefused(
        edited("segments: [resale, new]", "segments: [resale, old]"),
        "guarantees[5].segments[1]",
        "old",
        "unknown segment");
    assertRefused(
        edited("stage: transfer", "stage: closing"),
        "guarantees[6].stage",
        "closing",
        "unknown stage");
    assertRefused(
        edited("kind: refund", "kind: rebate"), "guarantees[5].kind", "rebate", "unknown payout");
    assertRefused(
        edited("provenance: seed", "provenance: rumour"),
        "guarantees[2].provenance",
        "rumour",
        "unknown provenance");
    assertRefused(
        edited("eligibility: [listing-ours,", "eligibility: [listing-mine,"),
        "guarantees[0].eligibility[0]",
        "listing-mine",
        "unknown eligibility condition");
  }

  @Test
  void allStandsAlone() {
    assertRefused(
        edited("segments: [all]", "segments: [all, rental]"),
        "guarantees[0].segments",
        "all, rental",
        "cannot be combined");
  }

  @Test
  void noRepeatsInSegmentsOrConditions() {
    assertRefused(
        edited("segments: [resale, new]", "segments: [new, new]"),
        "guarantees[5].segments",
        "new, new",
        "names a segment twice");
    assertRefused(
        edited(
            "eligibility: [call-unsolicited, filed-in-time]",
            "eligibility: [filed-in-time, filed-in-time]"),
        "guarantees[1].eligibility",
        "filed-in-time, filed-in-time",
        "names a condition twice");
  }

  @Test
  void emptyListsAreRefused() {
    assertRefused(
        edited("segments: [all]", "segments: []"), "guarantees[0].segments", "[]", "at least one");
    assertRefused(
        edited("eligibility: [call-unsolicited, filed-in-time]", "eligibility: []"),
        "guarantees[1].eligibility",
        "[]",
        "at least one");
    assertRefused(
        "id: x\nversion: 1\nguarantees: []\n", "guarantees", "[]", "at least one guarantee");
  }

  @Test
  void aKindTheCodeCannotHave() {
    assertRefused(
        edited("kind: refund", "kind: compensation"),
        "guarantees[5].kind",
        "compensation",
        "COMMISSION_REFUND can only be refund");
    assertRefused(
        edited(
            "    kind: compensation\n    eligibility: [brokered-by-us, funding-sale-broken",
            "    kind: buyback\n    eligibility: [brokered-by-us, funding-sale-broken"),
        "guarantees[3].kind",
        "buyback",
        "SWAP_CANCELLATION can only be compensation or advance");
  }

  @Test
  void anAdvanceNeedsRecoveryTerms() {
    assertRefused(
        edited(
            "    recovery: {from: defaulting-owner, when: promised-date, writeOffAfterDays: 730}\n",
            ""),
        "guarantees[2].recovery",
        "null",
        "an advance needs recovery terms");
  }

  @Test
  void onlyAnAdvanceHasRecoveryTerms() {
    assertRefused(
        edited(
            "    terms: {cap: 500000.00}\n",
            "    terms: {cap: 500000.00}\n"
                + "    recovery: {from: seller, when: after-litigation, writeOffAfterDays: 1}\n"),
        "guarantees[3].recovery",
        "compensation",
        "only an advance has recovery terms");
  }

  @Test
  void aCompensationMayBecomeAnAdvanceWithRecoveryTerms() {
    Catalog catalog =
        read(
            edited(
                "    kind: compensation\n    eligibility: [brokered-by-us, leak-within-warranty",
                "    kind: advance\n"
                    + "    recovery: {from: seller, when: after-litigation, writeOffAfterDays: 9}\n"
                    + "    eligibility: [brokered-by-us, leak-within-warranty"));
    Guarantee leak = catalog.get(GuaranteeCode.LEAK_WARRANTY);
    assertEquals(PayoutKind.ADVANCE, leak.kind());
    assertEquals(
        new RecoveryTerms(
            RecoveryParty.SELLER, java.util.Optional.empty(), RecoveryTiming.AFTER_LITIGATION, 9),
        leak.recovery().orElseThrow());
  }

  @Test
  void badRecoveryTerms() {
    assertRefused(
        edited("from: defaulting-owner", "from: neighbour"),
        "guarantees[2].recovery.from",
        "neighbour",
        "unknown recovery party");
    assertRefused(
        edited("when: promised-date", "when: someday"),
        "guarantees[2].recovery.when",
        "someday",
        "unknown recovery timing");
    assertRefused(
        edited("via: seller", "via: bank"),
        "guarantees[8].recovery.via",
        "bank",
        "unknown recovery party");
    assertRefused(
        edited("writeOffAfterDays: 730", "writeOffAfterDays: -730"),
        "guarantees[2].recovery.writeOffAfterDays",
        "-730",
        "must not be negative");
    assertRefused(
        edited("writeOffAfterDays: 730", "writeOffAfterDays: 730, note: x"),
        "guarantees[2].recovery.note",
        "note",
        "unknown field");
  }

  @Test
  void textFieldsMustBeText() {
    assertRefused(
        edited("nameEn: True listings, 100 CNY per fake listing", "nameEn: 42"),
        "guarantees[0].nameEn",
        "42",
        "must be non-empty text");
    assertRefused(
        edited("nameZh: 真实房源 假一赔百", "nameZh: ''"),
        "guarantees[0].nameZh",
        "",
        "must be non-empty text");
    assertRefused(
        edited("segments: [all]", "segments: [1]"), "guarantees[0].segments[0]", "1", "an id");
    assertRefused(
        edited("segments: [all]", "segments: all"), "guarantees[0].segments", "all", "a list");
    assertRefused(
        edited("filing: {trigger: listing-seen, days: 30}", "filing: 30"),
        "guarantees[0].filing",
        "30",
        "must be a mapping");
  }

  @Test
  void aGuaranteeMustBeAMapping() {
    assertRefused(
        "id: x\nversion: 1\nguarantees: [TRUE_LISTING]\n",
        "guarantees[0]",
        "TRUE_LISTING",
        "must be a mapping");
  }

  @Test
  void idAndVersion() {
    assertRefused(edited("id: shanghai-18", "id: Shanghai 18"), "id", "Shanghai 18", "lowercase");
    assertRefused(edited("version: \"2026.1\"", "version: ''"), "version", "", "non-empty");
    assertRefused(edited("version: \"2026.1\"\n", ""), "version", "null", "missing field");
    assertEquals("2026.10", read(edited("version: \"2026.1\"", "version: 2026.10")).version());
  }

  @Test
  void notYaml() {
    InvalidInputException e = refused("id: [unclosed\n");
    assertEquals("catalog:2:1", e.field());
    assertTrue(e.getMessage().startsWith("catalog:2:1: not valid YAML (got '"), e.getMessage());
    assertEquals(1, e.getMessage().lines().count(), e.getMessage());
  }

  @Test
  void duplicateKey() {
    InvalidInputException e =
        refused(edited("terms: {cap: 500000.00}", "terms: {cap: 500000.00, cap: 1}"));
    assertEquals("catalog:81:29", e.field());
    assertEquals("cap", e.value());
    assertTrue(e.getMessage().contains("duplicate key, already given at line 81"), e.getMessage());
  }

  @Test
  void emptyOrScalarFile() {
    assertRefused("", "catalog", "", "must be a mapping with id, version and guarantees");
    assertRefused("42\n", "catalog", "42", "must be a mapping");
  }

  @Test
  void loadsAFileAndNamesAMissingOne(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("city.yaml");
    Files.writeString(file, edited("id: shanghai-18", "id: hangzhou-18"), StandardCharsets.UTF_8);
    Catalog catalog = Catalog.load(file);
    assertEquals("hangzhou-18", catalog.id());
    assertEquals(18, catalog.guarantees().size());

    Path missing = dir.resolve("missing.yaml");
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> Catalog.load(missing));
    assertEquals("catalog", e.field());
    assertEquals(missing.toString(), e.value());
    assertTrue(e.getMessage().contains("no such file"), e.getMessage());

    InvalidInputException dirError =
        assertThrows(InvalidInputException.class, () -> Catalog.load(dir));
    assertEquals(dir.toString(), dirError.value());
    assertTrue(dirError.getMessage().contains("is a directory"), dirError.getMessage());
  }

  @Test
  void aCityMayOfferASubset() {
    String oneGuarantee =
        "id: tiny\nversion: 1\nguarantees:\n"
            + "  - code: RENTAL_SWITCH\n"
            + "    nameZh: 换租\n    nameEn: Switch\n    segments: [rental]\n"
            + "    stage: first-3-days\n    kind: compensation\n"
            + "    eligibility: [filed-in-time]\n"
            + "    filing: {trigger: move-in, days: 5}\n"
            + "    terms: {cap: \"800\"}\n"
            + "    provenance: modelled\n    source: a test\n";
    Catalog catalog = read(oneGuarantee);
    assertEquals(1, catalog.guarantees().size());
    assertTrue(catalog.offers(GuaranteeCode.RENTAL_SWITCH));
    assertEquals(80_000, catalog.get(GuaranteeCode.RENTAL_SWITCH).capFen());
    assertTrue(catalog.find(GuaranteeCode.TRUE_LISTING).isEmpty());
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> catalog.get(GuaranteeCode.TRUE_LISTING));
    assertEquals("guarantee", e.field());
    assertEquals("TRUE_LISTING", e.value());
    assertTrue(e.getMessage().contains("not offered by catalog tiny 1"), e.getMessage());
  }
}
