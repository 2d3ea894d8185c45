package org.anxin.guarantees.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.anxin.domain.InvalidInputException;
import org.anxin.guarantees.casefile.CaseFile;
import org.anxin.guarantees.casefile.CaseFormat;
import org.anxin.guarantees.casefile.InOrder;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.guarantees.catalog.GuaranteeCode;
import org.anxin.guarantees.testing.LargeCases;
import org.junit.jupiter.api.Test;

/**
 * A case large enough to be read, checked and assessed on every core ({@link InOrder}) gives what
 * one thread gives: each claim decided in its filing's order, and of several mistakes the first.
 */
class LargeCaseTest {

  private static final int DEALS = InOrder.PARALLEL_FROM + 1_904;

  @Test
  void everyPurchaseDownALongChainIsOwedWhatItsOwnDepositLostInItsFilingsOrder() {
    CaseFile file = CaseFile.parse(LargeCases.chain(DEALS), CaseFormat.YAML);
    List<Assessment> claims = Assessor.of(Catalog.builtIn()).assess(file).assessments();
    assertEquals(DEALS - 1, claims.size());
    for (int i = 1; i < DEALS; i++) {
      Assessment claim = claims.get(i - 1);
      assertEquals("d" + i, claim.deal().value());
      assertEquals(GuaranteeCode.SWAP_CANCELLATION, claim.guarantee());
      // Deposit i forfeited, less deposit i - 1 kept from the sale that broke it: 10.00 each.
      assertInstanceOf(Assessment.Payable.class, claim, claim::toString);
      assertEquals(1_000, claim.amountFen(), claim::toString);
    }
  }

  @Test
  void ofTwoBadDealsTheFirstIsNamedWhicheverThreadMetItFirst() {
    String text =
        LargeCases.separate(DEALS)
            .replace("property: h4501\n", "property: nowhere\n")
            .replace("property: h1201\n", "property: elsewhere\n");
    String message = refusal(text);
    assertTrue(message.startsWith("deals[1200].property: unknown property"), message);
    assertTrue(message.endsWith("(got 'elsewhere')"), message);
  }

  @Test
  void ofTwoBadFilingsTheFirstIsNamed() {
    String text =
        LargeCases.separate(DEALS)
            .replace("deal: d5000, claimant: p5000", "deal: d5000, claimant: p1")
            .replace("deal: d4200, claimant: p4200", "deal: d4200, claimant: nobody");
    String message = refusal(text);
    assertTrue(message.startsWith("filings[4200].claimant"), message);
  }

  private static String refusal(String caseText) {
    return assertThrows(
            InvalidInputException.class, () -> CaseFile.parse(caseText, CaseFormat.YAML))
        .getMessage();
  }

  @Test
  void aSeparateCaseRefusesEachBuyerWhoCancelled() {
    CaseFile file = CaseFile.parse(LargeCases.separate(DEALS), CaseFormat.YAML);
    List<Assessment> claims = Assessor.of(Catalog.builtIn()).assess(file).assessments();
    assertEquals(DEALS, claims.size());
    for (int i = 0; i < DEALS; i++) {
      Assessment claim = claims.get(i);
      assertEquals("d" + i, claim.deal().value());
      assertInstanceOf(Assessment.Rejected.class, claim, claim::toString);
    }
  }
}
