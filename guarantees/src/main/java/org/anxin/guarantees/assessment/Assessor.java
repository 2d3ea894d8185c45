package org.anxin.guarantees.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.anxin.domain.InvalidInputException;
import org.anxin.domain.PartyId;
import org.anxin.domain.deal.Deal;
import org.anxin.guarantees.casefile.CaseFile;
import org.anxin.guarantees.casefile.Filing;
import org.anxin.guarantees.casefile.InOrder;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.guarantees.catalog.Condition;
import org.anxin.guarantees.catalog.Guarantee;
import org.anxin.guarantees.catalog.GuaranteeCode;
import org.anxin.guarantees.catalog.PayoutKind;
import org.anxin.guarantees.catalog.Segments;
import org.anxin.guarantees.payout.PayoutRules;

/**
 * Decides what every claim filed in a case is owed under one catalog, as of a date.
 *
 * <p>For each filing made on or before the as-of date: the guarantee must be offered by the catalog
 * and cover the deal's segment; every eligibility condition of the catalog entry is checked on the
 * deal's state as of that date (all failures are reported, in the catalog's order); the amount is
 * the guarantee's formula from {@link PayoutRules}. A claim is payable when every condition holds
 * and the amount is above 0.00. A payable advance names whom it is recovered from and, when known,
 * by when. The machine's clock is never read: the as-of date defaults to the case's last event or
 * filing.
 *
 * <p>Immutable and thread-safe; assessing the same case twice gives equal results.
 */
public final class Assessor {

  private final Catalog catalog;
  private final PayoutRules rules;

  private Assessor(Catalog catalog) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.rules = PayoutRules.of(catalog);
  }

  /** An assessor applying {@code catalog}'s terms. */
  public static Assessor of(Catalog catalog) {
    return new Assessor(catalog);
  }

  public Catalog catalog() {
    return catalog;
  }

  /**
   * Assesses the case as of its last event or filing.
   *
   * @throws InvalidInputException when the case has no dated event or filing at all
   */
  public CaseAssessment assess(CaseFile file) {
    LocalDate asOf =
        file.lastDate()
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "asOf", null, "case " + file.id() + " has no event or filing to date it"));
    return assess(file, asOf);
  }

  /** Assesses the case as it stood on {@code asOf}: later events and filings are ignored. */
  public CaseAssessment assess(CaseFile file, LocalDate asOf) {
    CaseView view = new CaseView(file, Objects.requireNonNull(asOf, "asOf"));
    // Each claim is decided on its own from the read-only view: a large case's on every core.
    List<Filing> filings = view.filings();
    List<Assessment> assessments = InOrder.map(filings.size(), i -> assess(view, filings.get(i)));
    return new CaseAssessment(
        file.id(), file.title(), asOf, catalog.id(), catalog.version(), assessments);
  }

  private Assessment assess(CaseView view, Filing filing) {
    GuaranteeCode code = filing.guarantee();
    Deal deal = view.caseDeal(filing.deal()).deal();
    PartyId payee = ClaimContext.claimantOf(filing, deal);
    Optional<Guarantee> offered = catalog.find(code);
    if (offered.isEmpty()) {
      PayoutKind kind =
          Catalog.builtIn().find(code).map(Guarantee::kind).orElse(PayoutKind.COMPENSATION);
      return new Assessment.Rejected(
          deal.id(),
          code,
          kind,
          payee,
          filing.date(),
          List.of(
              new Reason(
                  Reason.NOT_OFFERED,
                  "catalog "
                      + catalog.id()
                      + " "
                      + catalog.version()
                      + " does not offer "
                      + code)));
    }
    Guarantee guarantee = offered.get();
    if (!rules.covers(code, deal.kind())) {
      return rejected(
          guarantee,
          filing,
          payee,
          List.of(
              new Reason(
                  Reason.NOT_COVERED,
                  code
                      + " covers "
                      + String.join(", ", Segments.ids(guarantee.segments()))
                      + " deals; "
                      + deal.id()
                      + " is a "
                      + Segments.id(deal.kind())
                      + " deal")));
    }
    ClaimContext context = new ClaimContext(view, filing, guarantee, rules);
    List<Reason> failures = new ArrayList<>();
    for (Condition condition : guarantee.eligibility()) {
      Conditions.check(condition, context)
          .orElseRun(why -> failures.add(new Reason(why.field(), why.problem())));
    }
    if (!failures.isEmpty()) {
      return rejected(guarantee, filing, payee, failures);
    }
    Payouts.Payout payout = Payouts.compute(context);
    if (payout.fen() == 0) {
      return rejected(
          guarantee,
          filing,
          payee,
          List.of(new Reason(Reason.NOTHING_OWED, payout.explanation() + ": nothing is owed")));
    }
    String capped = payout.fen() == guarantee.capFen() ? ", the cap" : "";
    Reason how =
        new Reason(
            Reason.PAYOUT, payout.explanation() + " = " + ClaimContext.yuan(payout.fen()) + capped);
    Optional<Recovery> recovery =
        guarantee.kind() == PayoutKind.ADVANCE
            ? Optional.of(Recoveries.of(context, guarantee.recovery().orElseThrow(), payout.fen()))
            : Optional.empty();
    return new Assessment.Payable(
        deal.id(),
        code,
        guarantee.kind(),
        payee,
        filing.date(),
        payout.fen(),
        List.of(how),
        recovery);
  }

  private static Assessment rejected(
      Guarantee guarantee, Filing filing, PartyId payee, List<Reason> reasons) {
    return new Assessment.Rejected(
        filing.deal(), guarantee.code(), guarantee.kind(), payee, filing.date(), reasons);
  }
}
