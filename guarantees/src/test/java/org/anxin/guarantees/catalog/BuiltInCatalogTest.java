package org.anxin.guarantees.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.anxin.domain.Money;
import org.anxin.domain.deal.DealKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BuiltInCatalogTest {

  private final Catalog catalog = Catalog.builtIn();

  @Test
  void hasIdVersionAndAllEighteenGuaranteesInTheTablesOrder() {
    assertEquals("shanghai-18", catalog.id());
    assertFalse(catalog.version().isBlank());
    assertEquals(18, catalog.guarantees().size());
    assertEquals(
        Arrays.asList(GuaranteeCode.values()),
        catalog.guarantees().stream().map(Guarantee::code).toList());
    for (GuaranteeCode code : GuaranteeCode.values()) {
      assertTrue(catalog.offers(code), code.name());
      assertSame(catalog.get(code), catalog.find(code).orElseThrow());
    }
  }

  @Test
  void isLoadedOnce() {
    assertSame(Catalog.builtIn(), Catalog.builtIn());
  }

  /** The catalog table of DESIGN.md §5, transcribed: segment, stage, kind, provenance. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "TRUE_LISTING          | all         | before              | compensation | public",
        "NO_COLD_CALLS         | all         | before              | compensation | public",
        "PRE_SIGNING_SEIZURE   | resale      | before signing      | advance      | seed",
        "SWAP_CANCELLATION     | resale      | before signing      | compensation | seed",
        "FUNDS_SAFETY          | resale      | signing → transfer  | advance      | public",
        "COMMISSION_REFUND     | resale, new | any                 | refund       | public",
        "TAX_ESTIMATE          | resale      | transfer            | compensation | modelled",
        "LOAN_REFUSAL          | resale      | signing → loan      | compensation | modelled",
        "FEE_ARREARS           | resale      | handover            | advance      | seed",
        "HUKOU_NOT_MOVED       | resale      | after handover      | advance      | modelled",
        "LEAK_WARRANTY         | resale      | after handover      | compensation | public",
        "STIGMATIZED_HOME      | resale      | after handover      | buyback      | public",
        "RADIATION             | resale      | after handover      | buyback      | public",
        "NEW_HOME_PRICE        | new         | contract            | compensation | modelled",
        "NEW_HOME_SUBSCRIPTION | new         | subscription        | advance      | modelled",
        "RENTAL_DEPOSIT        | rental      | move-out            | advance      | modelled",
        "RENTAL_LEAK           | rental      | tenancy             | compensation | public",
        "RENTAL_SWITCH         | rental      | first 3 days        | compensation | public",
      })
  void matchesTheDesignTable(
      String code, String segments, String stage, String kind, String provenance) {
    Guarantee g = catalog.get(GuaranteeCode.valueOf(code));
    assertEquals(segments, String.join(", ", Segments.ids(g.segments())), code);
    assertEquals(stage, g.stage().label(), code);
    assertEquals(kind, g.kind().id(), code);
    assertEquals(provenance, g.provenance().id(), code);
    assertFalse(g.nameZh().isBlank());
    assertFalse(g.nameEn().isBlank());
    assertFalse(g.source().isBlank());
  }

  @Test
  void everyAdvanceSaysWhomItIsRecoveredFromAndNothingElseDoes() {
    for (Guarantee g : catalog.guarantees()) {
      assertEquals(g.kind() == PayoutKind.ADVANCE, g.recovery().isPresent(), g.code().name());
    }
    RecoveryTerms seizure = catalog.get(GuaranteeCode.PRE_SIGNING_SEIZURE).recovery().orElseThrow();
    assertEquals(RecoveryParty.DEFAULTING_OWNER, seizure.from());
    assertEquals(RecoveryTiming.PROMISED_DATE, seizure.when());
    RecoveryTerms arrears = catalog.get(GuaranteeCode.FEE_ARREARS).recovery().orElseThrow();
    assertEquals(RecoveryParty.BUYER, arrears.from());
    assertEquals(Optional.of(RecoveryParty.SELLER), arrears.via());
    assertEquals(RecoveryTiming.AFTER_CUSTOMER_RECOVERS, arrears.when());
  }

  @Test
  void perReportGuaranteesPayAHundredYuanEach() {
    for (GuaranteeCode code : List.of(GuaranteeCode.TRUE_LISTING, GuaranteeCode.NO_COLD_CALLS)) {
      assertEquals(Money.parse("100.00").fen(), catalog.get(code).terms().fen(Term.PER_REPORT));
    }
  }

  @Test
  void theArrearsCaseHasNoHoldbackByDefault() {
    Terms terms = catalog.get(GuaranteeCode.FEE_ARREARS).terms();
    assertEquals(0, terms.fen(Term.HOLDBACK_DEFAULT));
  }

  @Test
  void buyBacksAndTheCommissionRefundAreUncapped() {
    for (GuaranteeCode code :
        List.of(
            GuaranteeCode.STIGMATIZED_HOME,
            GuaranteeCode.RADIATION,
            GuaranteeCode.COMMISSION_REFUND)) {
      assertFalse(catalog.get(code).terms().isCapped(), code.name());
      assertEquals(Terms.NO_CAP, catalog.get(code).capFen());
    }
    assertTrue(catalog.get(GuaranteeCode.SWAP_CANCELLATION).terms().isCapped());
  }

  @Test
  void theCanonicalCapsLeaveTheSeedsAmountsWhole() {
    assertTrue(catalog.get(GuaranteeCode.SWAP_CANCELLATION).capFen() >= 50_000_00L);
    assertTrue(catalog.get(GuaranteeCode.PRE_SIGNING_SEIZURE).capFen() >= 100_000_00L);
    assertTrue(catalog.get(GuaranteeCode.FEE_ARREARS).capFen() >= 63_840_00L);
  }

  @Test
  void theSeedsFilingsAreInTime() {
    // Swap: filed 2020-02-10, two days before the funding sale broke on 2020-02-12.
    assertTrue(
        catalog
            .get(GuaranteeCode.SWAP_CANCELLATION)
            .filing()
            .allows(LocalDate.of(2020, 2, 12), LocalDate.of(2020, 2, 10)));
    assertEquals(
        Trigger.FUNDING_SALE_BROKEN,
        catalog.get(GuaranteeCode.SWAP_CANCELLATION).filing().trigger());
    // Seizure: found 2021-10-12, filed 2021-10-14.
    assertTrue(
        catalog
            .get(GuaranteeCode.PRE_SIGNING_SEIZURE)
            .filing()
            .allows(LocalDate.of(2021, 10, 12), LocalDate.of(2021, 10, 14)));
    // Arrears: claimed 2021-08-16, filed 2021-08-17.
    assertTrue(
        catalog
            .get(GuaranteeCode.FEE_ARREARS)
            .filing()
            .allows(LocalDate.of(2021, 8, 16), LocalDate.of(2021, 8, 17)));
  }

  @Test
  void everyEntryNeedsAFilingInTimeAndRentalSwitchWindowIsThreeDaysFromMoveIn() {
    for (Guarantee g : catalog.guarantees()) {
      assertTrue(g.eligibility().contains(Condition.FILED_IN_TIME), g.code().name());
    }
    FilingWindow switchWindow = catalog.get(GuaranteeCode.RENTAL_SWITCH).filing();
    assertEquals(new FilingWindow(Trigger.MOVE_IN, 3), switchWindow);
  }

  @Test
  void segmentsCoverTheirDeals() {
    assertTrue(catalog.get(GuaranteeCode.TRUE_LISTING).covers(DealKind.RENTAL));
    assertEquals(EnumSet.allOf(DealKind.class), catalog.get(GuaranteeCode.TRUE_LISTING).segments());
    assertTrue(catalog.get(GuaranteeCode.COMMISSION_REFUND).covers(DealKind.NEW_HOME));
    assertTrue(catalog.get(GuaranteeCode.COMMISSION_REFUND).covers(DealKind.RESALE));
    assertFalse(catalog.get(GuaranteeCode.COMMISSION_REFUND).covers(DealKind.RENTAL));
    assertFalse(catalog.get(GuaranteeCode.RENTAL_LEAK).covers(DealKind.RESALE));
  }
}
