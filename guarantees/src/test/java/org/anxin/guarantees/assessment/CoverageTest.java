package org.anxin.guarantees.assessment;

import static org.anxin.guarantees.testing.TestCases.caseOf;
import static org.anxin.guarantees.testing.TestCases.date;
import static org.anxin.guarantees.testing.TestCases.newHome;
import static org.anxin.guarantees.testing.TestCases.rental;
import static org.anxin.guarantees.testing.TestCases.resale;
import static org.anxin.guarantees.testing.TestCases.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.anxin.domain.deal.Deal;
import org.anxin.guarantees.casefile.CaseDeal;
import org.anxin.guarantees.casefile.Fact;
import org.anxin.guarantees.casefile.Filing;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.guarantees.catalog.GuaranteeCode;
import org.junit.jupiter.api.Test;

/** A guarantee is refused for a deal of a kind it does not cover, in the catalog's words. */
class CoverageTest {

  private static final Assessor ASSESSOR = Assessor.of(Catalog.builtIn());

  private static List<Reason> reasons(Deal deal, GuaranteeCode code) {
    Filing filing = Filing.of(date("2021-06-01"), code, deal.id());
    if (code == GuaranteeCode.COMMISSION_REFUND) {
      filing = filing.with(Fact.COMMISSION, yuan(6_000));
    }
    Assessment a =
        ASSESSOR.assess(caseOf(CaseDeal.of(deal, List.of()), filing)).assessments().get(0);
    return a.reasons();
  }

  @Test
  void theReasonNamesTheKindsCoveredAndTheDealsKind() {
    assertEquals(
        List.of(
            new Reason(
                Reason.NOT_COVERED,
                "NEW_HOME_SUBSCRIPTION covers new deals; home is a resale deal")),
        reasons(resale("home", "b", "s", 1_000_000), GuaranteeCode.NEW_HOME_SUBSCRIPTION));
    assertEquals(
        List.of(
            new Reason(
                Reason.NOT_COVERED,
                "COMMISSION_REFUND covers resale, new deals; flat is a rental deal")),
        reasons(rental("flat", "t", "l", 6_000), GuaranteeCode.COMMISSION_REFUND));
    assertEquals(
        List.of(
            new Reason(Reason.NOT_COVERED, "LOAN_REFUSAL covers resale deals; unit is a new deal")),
        reasons(newHome("unit", "b", "d", 3_000_000), GuaranteeCode.LOAN_REFUSAL));
  }
}
