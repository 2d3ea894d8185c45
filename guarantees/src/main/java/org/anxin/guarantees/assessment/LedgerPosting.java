package org.anxin.guarantees.assessment;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.anxin.domain.PartyId;
import org.anxin.domain.Refusal;
import org.anxin.guarantees.claim.Claim;
import org.anxin.guarantees.claim.ClaimId;
import org.anxin.guarantees.claim.LiabilityLedger;

/**
 * Books a case's assessments in a {@link LiabilityLedger}: each one becomes a claim, filed on its
 * filing's day and assessed on the as-of date; a payable claim is approved (and paid, if asked), a
 * rejected one is rejected with its reasons. An advance's claim records whom it is recovered from.
 */
public final class LedgerPosting {

  private LedgerPosting() {}

  /** The id of an assessment's claim: {@code case/deal/GUARANTEE/payee}. */
  public static ClaimId claimId(CaseAssessment result, Assessment a) {
    return ClaimId.of(
        result.caseId() + "/" + a.deal().value() + "/" + a.guarantee() + "/" + a.payee().value());
  }

  /**
   * Files, assesses and decides one claim per assessment, paying the payable ones on the as-of date
   * when {@code pay} is set.
   *
   * @return the claims as the ledger holds them after the last step
   * @throws IllegalStateException when the ledger refuses a step, e.g. because the case was already
   *     posted to it (its claim ids are taken)
   */
  public static List<Claim> post(LiabilityLedger ledger, CaseAssessment result, boolean pay) {
    LocalDate on = result.asOf();
    List<Claim> claims = new ArrayList<>();
    for (Assessment a : result.assessments()) {
      ClaimId id = claimId(result, a);
      List<PartyId> recoverFrom = a.recovery().map(Recovery::debtors).orElse(List.of());
      Either<Refusal, Claim> step =
          ledger
              .file(id, a.guarantee(), a.kind(), a.deal(), a.payee(), a.filedOn())
              .flatMap(c -> ledger.assess(id, on, a.amountFen(), recoverFrom));
      if (a instanceof Assessment.Payable) {
        step = step.flatMap(c -> ledger.approve(id, on));
        if (pay) {
          step = step.flatMap(c -> ledger.pay(id, on));
        }
      } else {
        String why = a.reasons().stream().map(Reason::toString).collect(Collectors.joining("; "));
        step = step.flatMap(c -> ledger.reject(id, on, why));
      }
      claims.add(step.getOrElseThrow((Refusal why) -> new IllegalStateException(why.message())));
    }
    return claims;
  }
}
