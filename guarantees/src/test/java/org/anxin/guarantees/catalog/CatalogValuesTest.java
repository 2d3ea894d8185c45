package org.anxin.guarantees.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.anxin.domain.InvalidInputException;
import org.anxin.domain.deal.DealKind;
import org.junit.jupiter.api.Test;

/** The catalog's value types used on their own, as library callers (and city tooling) do. */
class CatalogValuesTest {

  private static Guarantee leak(long capFen, Optional<RecoveryTerms> recovery, PayoutKind kind) {
    return new Guarantee(
        GuaranteeCode.LEAK_WARRANTY,
        "房屋漏水",
        "Leak",
        Set.of(DealKind.RESALE),
        Stage.AFTER_HANDOVER,
        kind,
        List.of(Condition.FILED_IN_TIME),
        new FilingWindow(Trigger.LEAK_FOUND, 30),
        Terms.of(Map.of(Term.CAP, capFen, Term.WARRANTY_DAYS, 180L)),
        recovery,
        Provenance.MODELLED,
        " a test ");
  }

  @Test
  void aFilingOnTheLastDayIsInTimeAndOneDayLaterIsNot() {
    FilingWindow window = new FilingWindow(Trigger.FUNDING_SALE_BROKEN, 30);
    LocalDate broke = LocalDate.of(2020, 2, 12);
    assertEquals(LocalDate.of(2020, 3, 13), window.closesOn(broke));
    assertTrue(window.allows(broke, LocalDate.of(2020, 3, 13)));
    assertFalse(window.allows(broke, LocalDate.of(2020, 3, 14)));
    assertTrue(window.allows(broke, LocalDate.of(2020, 2, 10)), "an early filing counts");
    assertTrue(new FilingWindow(Trigger.MOVE_IN, 0).allows(broke, broke));
    assertThrows(IllegalArgumentException.class, () -> new FilingWindow(Trigger.MOVE_IN, -1));
  }

  @Test
  void aGuaranteeBuiltInCodeIsCheckedLikeOneReadFromAFile() {
    Guarantee g = leak(1_000_000, Optional.empty(), PayoutKind.COMPENSATION);
    assertEquals("a test", g.source());
    assertEquals(1_000_000, g.capFen());
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class, () -> leak(1, Optional.empty(), PayoutKind.ADVANCE));
    assertEquals("LEAK_WARRANTY.recovery", e.field());
    assertThrows(InvalidInputException.class, () -> leak(1, Optional.empty(), PayoutKind.BUYBACK));
    RecoveryTerms r =
        new RecoveryTerms(
            RecoveryParty.SELLER, Optional.empty(), RecoveryTiming.AFTER_LITIGATION, 0);
    assertEquals(Optional.of(r), leak(1, Optional.of(r), PayoutKind.ADVANCE).recovery());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new RecoveryTerms(
                RecoveryParty.SELLER, Optional.empty(), RecoveryTiming.AFTER_LITIGATION, -1));
  }

  @Test
  void termsRefuseNegativeValuesAndTheWrongType() {
    assertThrows(IllegalArgumentException.class, () -> Terms.of(Map.of(Term.CAP, -1L)));
    assertThrows(
        IllegalArgumentException.class,
        () -> Terms.of(Map.of(Term.WARRANTY_DAYS, Integer.MAX_VALUE + 1L)));
    Terms terms = Terms.of(Map.of(Term.CAP, 0L, Term.WARRANTY_DAYS, (long) Integer.MAX_VALUE));
    assertEquals(0, terms.capFen());
    assertTrue(terms.isCapped());
    assertEquals(Integer.MAX_VALUE, terms.days(Term.WARRANTY_DAYS));
    assertThrows(IllegalArgumentException.class, () -> terms.fen(Term.WARRANTY_DAYS));
    assertThrows(IllegalArgumentException.class, () -> terms.days(Term.CAP));
    assertThrows(IllegalArgumentException.class, () -> terms.fen(Term.PER_REPORT));
  }

  @Test
  void catalogsCompareByTheirContent() {
    Guarantee g = leak(100, Optional.empty(), PayoutKind.COMPENSATION);
    Catalog a = new Catalog("city", "1", null, List.of(g));
    Catalog b = new Catalog("city", "1", "", List.of(g));
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, new Catalog("city", "2", "", List.of(g)));
    assertNotEquals(a, new Catalog("town", "1", "", List.of(g)));
    assertNotEquals(a, new Catalog("city", "1", "x", List.of(g)));
    assertNotEquals(
        a,
        new Catalog(
            "city", "1", "", List.of(leak(200, Optional.empty(), PayoutKind.COMPENSATION))));
    assertNotEquals(a, "city");
    assertEquals("", a.description());
    assertEquals("Catalog[city 1, 1 guarantees]", a.toString());
    assertTrue(a.offers(GuaranteeCode.LEAK_WARRANTY));
    assertFalse(a.offers(GuaranteeCode.RADIATION));
  }

  @Test
  void everyIdHasADescriptionOrName() {
    for (Condition c : Condition.values()) {
      assertFalse(c.description().isBlank(), c.id());
      assertEquals(c, Condition.parse("x", c.id()));
    }
    for (Trigger t : Trigger.values()) {
      assertFalse(t.description().isBlank(), t.id());
      assertEquals(t, Trigger.parse("x", t.id()));
    }
    for (Term t : Term.values()) {
      assertFalse(t.description().isBlank(), t.id());
    }
    for (DealKind k : DealKind.values()) {
      assertFalse(k.nameZh().isBlank(), k.name());
      assertEquals(Set.of(k), Segments.parse("x", Segments.id(k)));
    }
    assertEquals("二手房", DealKind.RESALE.nameZh());
  }

  @Test
  void onlyRefundsAreNotPayouts() {
    assertTrue(PayoutKind.COMPENSATION.isPayout());
    assertTrue(PayoutKind.ADVANCE.isPayout());
    assertTrue(PayoutKind.BUYBACK.isPayout());
    assertFalse(PayoutKind.REFUND.isPayout());
  }

  @Test
  void idsAreReadWithoutSurroundingSpacesButOtherwiseExactly() {
    assertEquals(Stage.MOVE_OUT, Stage.parse("stage", " move-out "));
    assertEquals(GuaranteeCode.RADIATION, GuaranteeCode.parse("code", " RADIATION"));
    assertThrows(InvalidInputException.class, () -> Stage.parse("stage", "Move-Out"));
    assertThrows(InvalidInputException.class, () -> GuaranteeCode.parse("code", "radiation"));
    assertThrows(InvalidInputException.class, () -> GuaranteeCode.parse("code", null));
    assertThrows(InvalidInputException.class, () -> Segments.parse("segment", null));
    assertEquals(Set.of(DealKind.NEW_HOME), Segments.parse("segment", " new "));
    assertThrows(InvalidInputException.class, () -> Segments.parse("segment", "NEW"));
    assertThrows(InvalidInputException.class, () -> Segments.parse("segment", "new-home"));
  }

  @Test
  void aFilingWithAnUnknownKeyIsRefused() {
    String yaml =
        "id: x\nversion: 1\nguarantees:\n"
            + "  - code: RENTAL_SWITCH\n"
            + "    nameZh: 换租\n    nameEn: Switch\n    segments: [rental]\n"
            + "    stage: first-3-days\n    kind: compensation\n"
            + "    eligibility: [filed-in-time]\n"
            + "    filing: {trigger: move-in, days: 3, hours: 4}\n"
            + "    terms: {cap: 800}\n"
            + "    provenance: modelled\n    source: a test\n";
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                Catalog.read(
                    new java.io.ByteArrayInputStream(
                        yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    assertEquals("guarantees[0].filing.hours", e.field());
  }
}
