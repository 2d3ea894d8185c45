package org.anxin.guarantees.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.anxin.guarantees.casefile.CaseFile;
import org.anxin.guarantees.casefile.CaseFormat;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.guarantees.catalog.GuaranteeCode;
import org.anxin.guarantees.catalog.PayoutKind;
import org.anxin.guarantees.claim.Claim;
import org.anxin.guarantees.claim.ClaimStatus;
import org.anxin.guarantees.claim.LedgerTotals;
import org.anxin.guarantees.claim.LiabilityLedger;
import org.anxin.guarantees.testing.RandomCases;
import org.junit.jupiter.api.Test;

/** Invariants of assessments over generated cases (see {@link RandomCases}). */
class AssessmentPropertiesTest {

  private static final Catalog CATALOG = Catalog.builtIn();
  private static final Assessor ASSESSOR = Assessor.of(CATALOG);

  @Test
  void noAssessmentIsNegativeOrAboveItsCap() {
    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              CaseAssessment result = ASSESSOR.assess(RandomCases.generate(seed));
              for (Assessment a : result.assessments()) {
                long cap = CATALOG.get(a.guarantee()).capFen();
                assertTrue(a.amountFen() >= 0, a::toString);
                assertTrue(a.amountFen() <= cap, a::toString);
                if (a instanceof Assessment.Payable p) {
                  assertTrue(p.amountFen() > 0, a::toString);
                  assertEquals(p.kind() == PayoutKind.ADVANCE, p.recovery().isPresent());
                  p.recovery().ifPresent(r -> assertEquals(p.amountFen(), r.totalFen()));
                } else {
                  assertEquals(0, a.amountFen());
                  assertTrue(!a.reasons().isEmpty(), a::toString);
                }
                assertTrue(!a.filedOn().isAfter(result.asOf()), a::toString);
              }
            });
  }

  @Test
  void assessingTheSameHistoryTwiceGivesTheSameResult() {
    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              CaseFile file = RandomCases.generate(seed);
              CaseAssessment first = ASSESSOR.assess(file);
              assertEquals(first, ASSESSOR.assess(file));
              assertEquals(first, Assessor.of(CATALOG).assess(RandomCases.generate(seed)));
              assertEquals(
                  first,
                  ASSESSOR.assess(CaseFile.parse(file.write(CaseFormat.YAML), CaseFormat.YAML)));
            });
  }

  @Test
  void oneAssessmentPerFilingUpToTheAsOfDate() {
    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              CaseFile file = RandomCases.generate(seed);
              CaseAssessment all = ASSESSOR.assess(file);
              assertEquals(file.lastDate().orElseThrow(), all.asOf());
              assertEquals(file.filings().size(), all.assessments().size());
              CaseAssessment early = ASSESSOR.assess(file, all.asOf().minusDays(30));
              long filedBy =
                  file.filings().stream().filter(f -> !f.date().isAfter(early.asOf())).count();
              assertEquals(filedBy, early.assessments().size());
            });
  }

  @Test
  void theLedgerFedWithAssessmentsBalances() {
    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              CaseAssessment result = ASSESSOR.assess(RandomCases.generate(seed));
              LiabilityLedger ledger = new LiabilityLedger();
              List<Claim> claims = LedgerPosting.post(ledger, result, true);
              assertEquals(result.assessments().size(), claims.size());
              long payable = 0;
              long payouts = 0;
              for (Assessment a : result.assessments()) {
                payable += a.amountFen();
                payouts += a instanceof Assessment.Payable && a.kind().isPayout() ? 1 : 0;
              }
              LedgerTotals totals = ledger.totals();
              assertTrue(totals.balances(), totals::toString);
              assertEquals(payable, totals.cashOutFen());
              assertEquals(payouts, totals.payouts());
              assertEquals(result.totalFen(PayoutKind.ADVANCE), totals.advancesOutstandingFen());
              // Then recover part of some advances and write off the rest of others.
              SplittableRandom random = new SplittableRandom(seed);
              for (Claim c : claims) {
                if (c.kind() == PayoutKind.ADVANCE && c.status() == ClaimStatus.PAID) {
                  long part = random.nextLong(1, c.paidFen() + 1);
                  ledger.recover(c.id(), result.asOf().plusDays(30), part).get();
                  if (random.nextBoolean() && part < c.paidFen()) {
                    ledger.writeOff(c.id(), result.asOf().plusDays(400)).get();
                  }
                }
              }
              LedgerTotals after = ledger.totals();
              assertTrue(after.balances(), after::toString);
              assertEquals(payable, after.cashOutFen());
              assertEquals(
                  after.advancesFen() - after.recoveredFen() - after.writtenOffFen(),
                  after.advancesOutstandingFen());
            });
  }

  /**
   * The generator reaches every guarantee a case file can claim, both payable and rejected, so the
   * properties above say something about each of them.
   */
  @Test
  void theGeneratedCasesCoverEveryClaimableGuaranteeBothWays() {
    Map<GuaranteeCode, Set<Decision>> seen = new EnumMap<>(GuaranteeCode.class);
    for (long seed = 0; seed < 3_000; seed++) {
      for (Assessment a : ASSESSOR.assess(RandomCases.generate(seed)).assessments()) {
        seen.computeIfAbsent(a.guarantee(), c -> EnumSet.noneOf(Decision.class)).add(a.decision());
      }
    }
    for (GuaranteeCode code : GuaranteeCode.values()) {
      if (code == GuaranteeCode.TRUE_LISTING || code == GuaranteeCode.NO_COLD_CALLS) {
        continue;
      }
      assertEquals(EnumSet.allOf(Decision.class), seen.get(code), code.name());
    }
  }
}
