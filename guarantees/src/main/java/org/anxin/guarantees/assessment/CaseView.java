package org.anxin.guarantees.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anxin.domain.DealId;
import org.anxin.domain.chain.FundingGraph;
import org.anxin.domain.chain.FundingLink;
import org.anxin.domain.chain.SwapChains;
import org.anxin.domain.deal.Cancellation;
import org.anxin.domain.deal.DealEvent;
import org.anxin.domain.deal.DealStage;
import org.anxin.domain.deal.DealState;
import org.anxin.guarantees.casefile.CaseDeal;
import org.anxin.guarantees.casefile.CaseFile;
import org.anxin.guarantees.casefile.Filing;

/** A case as it stood on a date: every deal folded over its events up to that day. */
final class CaseView {

  private final CaseFile file;
  private final LocalDate asOf;
  private final Map<DealId, DealState> states;
  private final FundingGraph graph;
  private final Map<DealId, List<DealId>> brokenByEach;

  CaseView(CaseFile file, LocalDate asOf) {
    this.file = file;
    this.asOf = asOf;
    states = new LinkedHashMap<>(Math.max(16, file.deals().size() * 4 / 3 + 1));
    for (CaseDeal deal : file.deals()) {
      states.put(deal.deal().id(), stateAsOf(deal, asOf));
    }
    graph = FundingGraph.of(file.fundingLinks());
    brokenByEach = brokenByEach(graph, states);
  }

  /**
   * The deal's state on {@code asOf}. A prefix of a history that folds also folds: the case was
   * checked when it was built, and its whole history folded then, which is the state as of any day
   * after the last event.
   */
  private static DealState stateAsOf(CaseDeal deal, LocalDate asOf) {
    List<DealEvent> events = deal.events();
    int known = 0;
    while (known < events.size() && !events.get(known).date().isAfter(asOf)) {
      known++;
    }
    if (known == events.size()) {
      return deal.state();
    }
    List<DealEvent> before = new ArrayList<>();
    for (DealEvent e : events) {
      if (!e.date().isAfter(asOf)) {
        before.add(e);
      }
    }
    return DealState.replay(deal.deal(), before);
  }

  CaseFile file() {
    return file;
  }

  LocalDate asOf() {
    return asOf;
  }

  DealState state(DealId deal) {
    return states.get(deal);
  }

  CaseDeal caseDeal(DealId deal) {
    return file.deal(deal).orElseThrow();
  }

  /** The filings made on or before the as-of date. */
  List<Filing> filings() {
    return file.filings().stream().filter(f -> !f.date().isAfter(asOf)).toList();
  }

  /** The links by which sales fund {@code purchase}. */
  List<FundingLink> fundingOf(DealId purchase) {
    return graph.fundingOf(purchase);
  }

  /**
   * The funding sales whose break broke {@code purchase} (DESIGN.md §4): the breaks of every other
   * cancelled deal are propagated through the funding graph, resales on or before a link's window
   * rescuing the purchase. A sale counts only if it was itself cancelled, before the purchase was
   * signed (a purchase already signed when its funding sale broke is not broken by it: the stage of
   * the link, and of SWAP_CANCELLATION, is "before signing"), and before the purchase was cancelled
   * or, while the purchase stands, if its window has closed without a resale.
   */
  List<DealState> brokenFundingSales(DealId purchase) {
    List<DealId> brokenBy = brokenByEach.get(purchase);
    if (brokenBy == null) {
      return List.of();
    }
    Optional<LocalDate> purchaseCancelled = state(purchase).cancellation().map(Cancellation::date);
    Optional<LocalDate> purchaseSigned = state(purchase).reachedOn(DealStage.SIGNED);
    List<DealState> broken = new ArrayList<>();
    for (DealId saleId : brokenBy) {
      DealState sale = state(saleId);
      if (!sale.isCancelled()) {
        // The chain says it breaks, but in this case it still stands: it broke nothing yet.
        continue;
      }
      LocalDate saleCancelled = sale.cancellation().orElseThrow().date();
      if (signedBy(purchaseSigned, saleCancelled)) {
        continue;
      }
      boolean counts =
          purchaseCancelled.isPresent()
              ? !saleCancelled.isAfter(purchaseCancelled.get())
              : link(saleId, purchase).resaleWindow().isBefore(asOf);
      if (counts) {
        broken.add(sale);
      }
    }
    return broken;
  }

  /**
   * What broke each purchase when every other cancelled deal breaks, for every purchase at once:
   * one walk of the funding graph per case, not one per claim.
   */
  private static Map<DealId, List<DealId>> brokenByEach(
      FundingGraph graph, Map<DealId, DealState> states) {
    List<DealId> cancelled = new ArrayList<>();
    states.forEach(
        (id, state) -> {
          if (state.isCancelled()) {
            cancelled.add(id);
          }
        });
    return SwapChains.brokenByEach(graph, cancelled, SwapChains.resaleDates(states.values()));
  }

  /**
   * Whether a deal signed on {@code signed} (if ever) was signed by {@code day}: on that day or
   * before it. A funding sale that breaks on the day its purchase is signed breaks it too late.
   */
  static boolean signedBy(Optional<LocalDate> signed, LocalDate day) {
    return signed.isPresent() && !signed.get().isAfter(day);
  }

  FundingLink link(DealId sale, DealId purchase) {
    return graph.fundingOf(purchase).stream()
        .filter(l -> l.fundingSale().equals(sale))
        .findFirst()
        .orElseThrow();
  }
}
