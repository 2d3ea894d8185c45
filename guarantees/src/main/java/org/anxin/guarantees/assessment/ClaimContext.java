package org.anxin.guarantees.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.anxin.domain.Money;
import org.anxin.domain.PartyId;
import org.anxin.domain.TitleReport;
import org.anxin.domain.deal.Deal;
import org.anxin.domain.deal.DealStage;
import org.anxin.domain.deal.DealState;
import org.anxin.domain.deal.Receivable;
import org.anxin.domain.deal.SettlementLine;
import org.anxin.domain.deposit.Fault;
import org.anxin.guarantees.casefile.CaseDeal;
import org.anxin.guarantees.casefile.ClaimFacts;
import org.anxin.guarantees.casefile.Filing;
import org.anxin.guarantees.catalog.Guarantee;
import org.anxin.guarantees.payout.PayoutRules;

/**
 * One filed claim with everything its conditions, trigger and payout read: the deal as of the
 * assessment date, the claimant, the filing's facts, the catalog entry and its rules.
 */
final class ClaimContext {

  private final CaseView view;
  private final Filing filing;
  private final Guarantee guarantee;
  private final PayoutRules rules;
  private final CaseDeal caseDeal;
  private final DealState state;
  private final PartyId claimant;
  private List<DealState> brokenSales;

  ClaimContext(CaseView view, Filing filing, Guarantee guarantee, PayoutRules rules) {
    this.view = view;
    this.filing = filing;
    this.guarantee = guarantee;
    this.rules = rules;
    this.caseDeal = view.caseDeal(filing.deal());
    this.state = view.state(filing.deal());
    this.claimant = claimantOf(filing, caseDeal.deal());
  }

  /**
   * Who filed: the named claimant, or the deal's only buyer (the case file checks there is one).
   */
  static PartyId claimantOf(Filing filing, Deal deal) {
    return filing.claimant().orElseGet(() -> deal.buyers().get(0));
  }

  CaseView view() {
    return view;
  }

  Filing filing() {
    return filing;
  }

  ClaimFacts facts() {
    return filing.facts();
  }

  Guarantee guarantee() {
    return guarantee;
  }

  PayoutRules rules() {
    return rules;
  }

  CaseDeal caseDeal() {
    return caseDeal;
  }

  Deal deal() {
    return caseDeal.deal();
  }

  DealState state() {
    return state;
  }

  PartyId claimant() {
    return claimant;
  }

  LocalDate asOf() {
    return view.asOf();
  }

  /** A party's name for messages. */
  String name(PartyId party) {
    return view.file().nameOf(party);
  }

  String names(List<PartyId> parties) {
    return parties.stream().map(this::name).collect(Collectors.joining(", "));
  }

  /** The sales whose break broke this deal as a purchase (empty when none did). */
  List<DealState> brokenSales() {
    if (brokenSales == null) {
      brokenSales = view.brokenFundingSales(deal().id());
    }
    return brokenSales;
  }

  Optional<LocalDate> reached(DealStage stage) {
    return state.reachedOn(stage);
  }

  /** Whether the claimant, as the payer of the deposit, was at fault for the cancellation. */
  boolean claimantAtFault() {
    return state.cancellation().flatMap(c -> c.fault()).filter(f -> f == Fault.PAYER).isPresent();
  }

  /** The title reports showing a court seizure, in the order they were made. */
  List<TitleReport> seizures() {
    return state.titleReports().stream().filter(TitleReport::isSeized).toList();
  }

  /** What the sellers must return to the claimant by the cancellation's settlement, in fen. */
  long dueFromSellersFen() {
    long due = 0;
    for (SettlementLine line : state.cancellation().map(c -> c.settlement()).orElse(List.of())) {
      if (line.payer().equals(claimant) && deal().sellers().contains(line.holder())) {
        due = Math.addExact(due, line.returned().fen());
      }
    }
    return due;
  }

  /** What the sellers still owe the claimant on this deal, in fen. */
  long owedBySellersFen() {
    long owed = 0;
    for (Receivable r : owedToClaimantBySellers()) {
      owed = Math.addExact(owed, r.amount().fen());
    }
    return owed;
  }

  /** The sellers' outstanding debts to the claimant, in due order per seller. */
  List<Receivable> owedToClaimantBySellers() {
    return state.receivables().stream()
        .filter(r -> r.creditor().equals(claimant) && deal().sellers().contains(r.debtor()))
        .toList();
  }

  /** Money formatted for messages. */
  static String yuan(long fen) {
    return Money.format(fen);
  }
}
