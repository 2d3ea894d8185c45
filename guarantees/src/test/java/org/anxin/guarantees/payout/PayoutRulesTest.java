package org.anxin.guarantees.payout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.anxin.domain.deal.DealKind;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.guarantees.catalog.GuaranteeCode;
import org.anxin.guarantees.catalog.PayoutKind;
import org.anxin.guarantees.catalog.Term;
import org.anxin.guarantees.catalog.Terms;
import org.junit.jupiter.api.Test;

class PayoutRulesTest {

  private static final Catalog BUILT_IN = Catalog.builtIn();
  private final PayoutRules rules = PayoutRules.of(BUILT_IN);

  private static long y(long yuan) {
    return yuan * 100;
  }

  private static long cap(GuaranteeCode code) {
    return BUILT_IN.get(code).capFen();
  }

  @Test
  void theThreeCanonicalCasesWithTheBuiltInTerms() {
    assertEquals(y(50_000), rules.swapCancellation(y(150_000), y(100_000)));
    assertEquals(y(100_000), rules.preSigningSeizure(y(200_000), y(100_000)));
    assertEquals(0, rules.preSigningSeizure(y(200_000), y(200_000)));
    // The arrears deal states no holdback; the catalog's default is none either.
    assertEquals(y(63_840), rules.feeArrears(y(63_840), 0));
    assertEquals(y(63_840), rules.feeArrears(y(63_840)));
    assertEquals(y(13_840), rules.feeArrears(y(63_840), y(50_000)));
    assertEquals(0, rules.loanRefusal(true, y(100_000)));
    assertEquals(y(100_000), rules.loanRefusal(false, y(100_000)));
  }

  @Test
  void aFactOnItsWindowsLastDayIsInsideAndTheDayAfterIsNot() {
    // FEE_ARREARS' coverage, LEAK_WARRANTY's warranty, the buy-backs' discovery window.
    for (GuaranteeCode code :
        new GuaranteeCode[] {
          GuaranteeCode.FEE_ARREARS,
          GuaranteeCode.LEAK_WARRANTY,
          GuaranteeCode.STIGMATIZED_HOME,
          GuaranteeCode.RADIATION
        }) {
      Terms terms = BUILT_IN.get(code).terms();
      int days =
          terms.has(Term.COVERAGE_DAYS)
              ? terms.days(Term.COVERAGE_DAYS)
              : terms.has(Term.WARRANTY_DAYS)
                  ? terms.days(Term.WARRANTY_DAYS)
                  : terms.days(Term.DISCOVERY_DAYS);
      assertTrue(rules.isWithinFactWindow(code, 0), code + " on the opening day");
      assertTrue(rules.isWithinFactWindow(code, days), code + " on the last day");
      assertFalse(rules.isWithinFactWindow(code, days + 1L), code + " the day after");
      assertFalse(rules.isWithinFactWindow(code, -1), code + " before the opening");
    }
    assertEquals(180, BUILT_IN.get(GuaranteeCode.LEAK_WARRANTY).terms().days(Term.WARRANTY_DAYS));
    // A guarantee without such a window takes any later day.
    assertTrue(rules.isWithinFactWindow(GuaranteeCode.TAX_ESTIMATE, 100_000));
    assertFalse(rules.isWithinFactWindow(GuaranteeCode.TAX_ESTIMATE, -1));
  }

  @Test
  void everyRuleAppliesItsGuaranteesCap() {
    long huge = y(1_000_000_000L);
    assertEquals(cap(GuaranteeCode.TRUE_LISTING), rules.trueListing(1_000_000));
    assertEquals(cap(GuaranteeCode.NO_COLD_CALLS), rules.noColdCalls(1_000_000));
    assertEquals(cap(GuaranteeCode.PRE_SIGNING_SEIZURE), rules.preSigningSeizure(huge, 0));
    assertEquals(cap(GuaranteeCode.SWAP_CANCELLATION), rules.swapCancellation(huge, 0));
    assertEquals(cap(GuaranteeCode.FUNDS_SAFETY), rules.fundsSafety(huge, 0, 0));
    assertEquals(huge, rules.commissionRefund(false, huge)); // no cap
    assertEquals(cap(GuaranteeCode.TAX_ESTIMATE), rules.taxEstimate(0, huge));
    assertEquals(cap(GuaranteeCode.LOAN_REFUSAL), rules.loanRefusal(false, huge));
    assertEquals(cap(GuaranteeCode.FEE_ARREARS), rules.feeArrears(huge, 0));
    assertEquals(cap(GuaranteeCode.HUKOU_NOT_MOVED), rules.hukouNotMoved(huge, 0));
    assertEquals(cap(GuaranteeCode.LEAK_WARRANTY), rules.leakWarranty(huge));
    assertEquals(huge, rules.stigmatizedHome(huge)); // no cap
    assertEquals(huge, rules.radiation(huge)); // no cap
    assertEquals(cap(GuaranteeCode.NEW_HOME_PRICE), rules.newHomePrice(huge, 0));
    assertEquals(cap(GuaranteeCode.NEW_HOME_SUBSCRIPTION), rules.newHomeSubscription(huge, 0));
    assertEquals(cap(GuaranteeCode.RENTAL_DEPOSIT), rules.rentalDeposit(huge, 0, 0));
    assertEquals(cap(GuaranteeCode.RENTAL_LEAK), rules.rentalLeak(huge, 10));
    assertEquals(cap(GuaranteeCode.RENTAL_SWITCH), rules.rentalSwitch(huge));
  }

  @Test
  void belowTheCapsTheRulesPayTheFormulasAmounts() {
    assertEquals(y(300), rules.trueListing(3));
    assertEquals(y(200), rules.noColdCalls(2));
    // The litigation part is capped at the catalog's litigationCap.
    long litigationCap = BUILT_IN.get(GuaranteeCode.FUNDS_SAFETY).terms().fen(Term.LITIGATION_CAP);
    assertEquals(
        y(100_000) + litigationCap, rules.fundsSafety(y(300_000), y(200_000), litigationCap * 3));
    assertEquals(y(60_000), rules.commissionRefund(false, y(60_000)));
    assertEquals(0, rules.commissionRefund(true, y(60_000)));
    assertEquals(y(1_000), rules.taxEstimate(y(9_000), y(10_000)));
    assertEquals(y(20_000), rules.hukouNotMoved(y(30_000), y(10_000)));
    assertEquals(y(2_000), rules.leakWarranty(y(2_000)));
    assertEquals(y(3_000_000), rules.stigmatizedHome(y(3_000_000)));
    assertEquals(y(3_000_000), rules.radiation(y(3_000_000)));
    assertEquals(y(10_000), rules.newHomePrice(y(2_010_000), y(2_000_000)));
    assertEquals(y(50_000), rules.newHomeSubscription(y(50_000), 0));
    assertEquals(y(4_000), rules.rentalDeposit(y(10_000), y(5_000), y(1_000)));
    assertEquals(y(1_200), rules.rentalLeak(y(240), 5));
    assertEquals(y(3_000), rules.rentalSwitch(y(3_000)));
  }

  @Test
  void knowsItsCatalogAndCaps() {
    assertSame(BUILT_IN, rules.catalog());
    assertTrue(rules.offers(GuaranteeCode.FEE_ARREARS));
    assertEquals(cap(GuaranteeCode.LEAK_WARRANTY), rules.capFen(GuaranteeCode.LEAK_WARRANTY));
    assertEquals(Terms.NO_CAP, rules.capFen(GuaranteeCode.RADIATION));
    assertEquals(0, rules.holdbackDefaultFen());
    assertTrue(rules.toString().contains("shanghai-18"));
  }

  @Test
  void aCitysCatalogChangesWhatTheRulesPay() {
    Catalog city =
        catalog(
            "  - code: FEE_ARREARS\n"
                + "    nameZh: 物业欠费\n    nameEn: Arrears\n    segments: [resale]\n"
                + "    stage: handover\n    kind: advance\n"
                + "    eligibility: [brokered-by-us, filed-in-time]\n"
                + "    filing: {trigger: arrears-claimed, days: 10}\n"
                + "    terms: {cap: 40000, holdbackDefault: 20000, coverageDays: 90}\n"
                + "    recovery: {from: seller, when: after-litigation, writeOffAfterDays: 365}\n"
                + "    provenance: modelled\n    source: test\n"
                + "  - code: TRUE_LISTING\n"
                + "    nameZh: 真实房源\n    nameEn: Listings\n    segments: [all]\n"
                + "    stage: before\n    kind: compensation\n"
                + "    eligibility: [filed-in-time]\n"
                + "    filing: {trigger: listing-seen, days: 10}\n"
                + "    terms: {cap: 500, perReport: 50}\n"
                + "    provenance: modelled\n    source: test\n");
    PayoutRules cityRules = PayoutRules.of(city);
    assertEquals(y(20_000), cityRules.holdbackDefaultFen());
    // 63,840 − the default holdback 20,000 = 43,840, capped at 40,000.
    assertEquals(y(40_000), cityRules.feeArrears(y(63_840)));
    assertEquals(y(13_840), cityRules.feeArrears(y(33_840)));
    assertEquals(y(150), cityRules.trueListing(3));
    assertEquals(y(500), cityRules.trueListing(30));
    // Guarantees the city does not offer pay nothing.
    assertFalse(cityRules.offers(GuaranteeCode.SWAP_CANCELLATION));
    assertEquals(0, cityRules.swapCancellation(y(150_000), y(100_000)));
    assertEquals(0, cityRules.noColdCalls(5));
    assertEquals(0, cityRules.fundsSafety(y(100), 0, y(100)));
    assertEquals(0, cityRules.capFen(GuaranteeCode.SWAP_CANCELLATION));
  }

  @Test
  void theRulesAnswerWhatTheCatalogSaysOfEachGuarantee() {
    Catalog city =
        catalog(
            "  - code: FEE_ARREARS\n"
                + "    nameZh: 物业欠费\n    nameEn: Arrears\n    segments: [resale]\n"
                + "    stage: handover\n    kind: advance\n"
                + "    eligibility: [brokered-by-us, filed-in-time]\n"
                + "    filing: {trigger: arrears-claimed, days: 10}\n"
                + "    terms: {cap: 40000, holdbackDefault: 20000, coverageDays: 90}\n"
                + "    recovery: {from: seller, when: after-litigation, writeOffAfterDays: 365}\n"
                + "    provenance: modelled\n    source: test\n"
                + "  - code: TRUE_LISTING\n"
                + "    nameZh: 真实房源\n    nameEn: Listings\n    segments: [all]\n"
                + "    stage: before\n    kind: compensation\n"
                + "    eligibility: [filed-in-time]\n"
                + "    filing: {trigger: listing-seen, days: 10}\n"
                + "    terms: {cap: 500, perReport: 50}\n"
                + "    provenance: modelled\n    source: test\n");
    PayoutRules cityRules = PayoutRules.of(city);
    assertEquals(PayoutKind.ADVANCE, cityRules.kind(GuaranteeCode.FEE_ARREARS));
    assertEquals(PayoutKind.COMPENSATION, cityRules.kind(GuaranteeCode.TRUE_LISTING));
    assertThrows(IllegalArgumentException.class, () -> cityRules.kind(GuaranteeCode.RADIATION));
    // The write-off window's last day still counts; a compensation is never written off.
    assertEquals(365, cityRules.writeOffAfterDays(GuaranteeCode.FEE_ARREARS));
    assertFalse(cityRules.isWrittenOff(GuaranteeCode.FEE_ARREARS, 365));
    assertTrue(cityRules.isWrittenOff(GuaranteeCode.FEE_ARREARS, 366));
    assertFalse(cityRules.isWrittenOff(GuaranteeCode.TRUE_LISTING, Integer.MAX_VALUE));
    // Segments as claims assess reads them: `all` covers every deal, a resale guarantee only
    // resales, and one not offered nothing.
    assertTrue(cityRules.covers(GuaranteeCode.FEE_ARREARS, DealKind.RESALE));
    assertFalse(cityRules.covers(GuaranteeCode.FEE_ARREARS, DealKind.NEW_HOME));
    for (DealKind segment : DealKind.values()) {
      assertTrue(cityRules.covers(GuaranteeCode.TRUE_LISTING, segment), segment.name());
      assertFalse(cityRules.covers(GuaranteeCode.RADIATION, segment), segment.name());
      for (GuaranteeCode code : GuaranteeCode.values()) {
        assertEquals(
            BUILT_IN.get(code).covers(segment), rules.covers(code, segment), code + " " + segment);
      }
    }
    assertEquals(
        BUILT_IN.get(GuaranteeCode.FUNDS_SAFETY).terms().fen(Term.LITIGATION_CAP),
        rules.litigationCapFen());
  }

  @Test
  void withoutFeeArrearsThereIsNoHoldbackDefault() {
    Catalog city =
        catalog(
            "  - code: RENTAL_SWITCH\n"
                + "    nameZh: 换租\n    nameEn: Switch\n    segments: [rental]\n"
                + "    stage: first-3-days\n    kind: compensation\n"
                + "    eligibility: [filed-in-time]\n"
                + "    filing: {trigger: move-in, days: 3}\n"
                + "    terms: {cap: 800}\n"
                + "    provenance: modelled\n    source: test\n");
    PayoutRules cityRules = PayoutRules.of(city);
    assertEquals(0, cityRules.holdbackDefaultFen());
    assertEquals(0, cityRules.feeArrears(y(63_840)));
    assertEquals(y(800), cityRules.rentalSwitch(y(1_000)));
  }

  private static Catalog catalog(String guarantees) {
    String yaml = "id: city\nversion: 1\nguarantees:\n" + guarantees;
    return Catalog.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
  }
}
