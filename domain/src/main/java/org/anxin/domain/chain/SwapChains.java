package org.anxin.domain.chain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anxin.domain.DealId;
import org.anxin.domain.InvalidInputException;
import org.anxin.domain.Money;
import org.anxin.domain.PartyId;
import org.anxin.domain.deal.DealState;

/** How breaks travel through a funding graph, and what they cost an intermediary (DESIGN.md §4). */
public final class SwapChains {

  private SwapChains() {}

  /**
   * The purchases that break when {@code brokenSales} break, in breadth-first order from them.
   *
   * <p>A purchase breaks when any sale funding it breaks and the sale's property is not resold on
   * or before that link's window. A broken purchase is in turn a broken sale for whoever it was
   * funding, so breaks cascade. Each deal is reported at most once, the given sales never (they are
   * broken already); the walk is iterative, so cycles of any length and chains of any depth
   * terminate, in time linear in the links.
   *
   * @param brokenSales the sales that broke first; ids not in the graph break nothing
   * @param resaleDates the day each broken sale's property was resold, for those that were
   */
  public static List<ChainBreak> propagate(
      FundingGraph graph, Collection<DealId> brokenSales, Map<DealId, LocalDate> resaleDates) {
    int n = graph.size();
    boolean[] broken = new boolean[n];
    int[] queue = new int[n];
    int tail = 0;
    for (DealId sale : brokenSales) {
      int i = graph.indexOf(sale);
      if (i >= 0 && !broken[i]) {
        broken[i] = true;
        queue[tail++] = i;
      }
    }
    int firstBreak = tail;
    for (int head = 0; head < tail; head++) {
      int sale = queue[head];
      LocalDate resold = resaleDates.get(graph.deal(sale));
      for (int k = graph.outStart(sale); k < graph.outStart(sale + 1); k++) {
        int link = graph.outLink(k);
        int purchase = graph.purchase(link);
        if (!broken[purchase] && !graph.links().get(link).rescuedBy(resold)) {
          broken[purchase] = true;
          queue[tail++] = purchase;
        }
      }
    }
    List<ChainBreak> breaks = new ArrayList<>(tail - firstBreak);
    for (int q = firstBreak; q < tail; q++) {
      int purchase = queue[q];
      List<DealId> by = new ArrayList<>(1);
      for (int k = graph.inStart(purchase); k < graph.inStart(purchase + 1); k++) {
        int link = graph.inLink(k);
        DealId sale = graph.deal(graph.sale(link));
        if (broken[graph.sale(link)] && !graph.links().get(link).rescuedBy(resaleDates.get(sale))) {
          by.add(sale);
        }
      }
      breaks.add(new ChainBreak(graph.deal(purchase), by));
    }
    return breaks;
  }

  /**
   * For every deal of the graph, what {@link #propagate} says broke it when all the other {@code
   * cancelled} deals break: {@code brokenByEach(g, c, r).get(p)} equals the {@code brokenBy} of
   * {@code p}'s break in {@code propagate(g, c minus p, r)}, or is absent when {@code p} does not
   * break. A case asks this for every purchase with a claim; answering each with its own walk would
   * be quadratic in a chain's length.
   *
   * <p>One walk from all of {@code cancelled} answers every deal that lies on no cycle of the
   * graph: leaving such a deal out of the start changes nothing it can be reached from, because
   * whatever it reaches cannot lead back to it. Only deals on a cycle (homes swapped in a ring) get
   * a walk of their own.
   *
   * @param cancelled the deals that broke by themselves
   * @param resaleDates the day each broken sale's property was resold, for those that were
   * @return the funding sales that broke each broken deal, in the order of its funding links
   */
  public static Map<DealId, List<DealId>> brokenByEach(
      FundingGraph graph, Collection<DealId> cancelled, Map<DealId, LocalDate> resaleDates) {
    int n = graph.size();
    boolean[] start = new boolean[n];
    List<DealId> inGraph = new ArrayList<>();
    for (DealId deal : cancelled) {
      int i = graph.indexOf(deal);
      if (i >= 0 && !start[i]) {
        start[i] = true;
        inGraph.add(deal);
      }
    }
    boolean[] broken = new boolean[n];
    for (int i = 0; i < n; i++) {
      broken[i] = start[i];
    }
    for (ChainBreak b : propagate(graph, inGraph, resaleDates)) {
      broken[graph.indexOf(b.purchase())] = true;
    }
    boolean[] onCycle = FundingCycles.onCycle(graph);
    Map<DealId, List<DealId>> result = new HashMap<>();
    for (int p = 0; p < n; p++) {
      DealId purchase = graph.deal(p);
      if (start[p] && onCycle[p]) {
        List<DealId> others = new ArrayList<>(inGraph);
        others.remove(purchase);
        for (ChainBreak b : propagate(graph, others, resaleDates)) {
          if (b.purchase().equals(purchase)) {
            result.put(purchase, b.brokenBy());
          }
        }
        continue;
      }
      List<DealId> by = new ArrayList<>(1);
      for (int k = graph.inStart(p); k < graph.inStart(p + 1); k++) {
        int link = graph.inLink(k);
        DealId sale = graph.deal(graph.sale(link));
        if (broken[graph.sale(link)] && !graph.links().get(link).rescuedBy(resaleDates.get(sale))) {
          by.add(sale);
        }
      }
      if (!by.isEmpty()) {
        result.put(purchase, by);
      }
    }
    return result;
  }

  /**
   * The resale date of every state that records one, keyed by its deal: {@link #propagate}'s input.
   */
  public static Map<DealId, LocalDate> resaleDates(Collection<DealState> states) {
    Map<DealId, LocalDate> dates = new HashMap<>();
    for (DealState s : states) {
      s.resoldOn().ifPresent(d -> dates.put(s.deal().id(), d));
    }
    return dates;
  }

  /**
   * The swap loss of an intermediary, the one definition of it (DESIGN.md §4): {@code max(0, F −
   * max(0, K))}, where {@code F} is the legal deposit it forfeits on its broken purchase and {@code
   * K} the net deposit money it keeps from the broken funding sales, summed. A negative {@code K}
   * (a penalty the intermediary paid on a sale) counts as 0: the guarantee never pays for a loss on
   * the sale itself, so {@code F} = 150,000.00 and {@code K} = −50,000.00 lose 150,000.00. In the
   * seed's case 150,000.00 − 100,000.00 = 50,000.00. Pure arithmetic over fen, allocation-free:
   * SWAP_CANCELLATION's payout formula is this loss, capped.
   *
   * @throws InvalidInputException when {@code forfeitedOnPurchaseFen} is negative
   */
  public static long swapLossFen(long forfeitedOnPurchaseFen, long netKeptFromBrokenSalesFen) {
    if (forfeitedOnPurchaseFen < 0) {
      throw new InvalidInputException(
          "forfeitedOnPurchaseFen", Money.format(forfeitedOnPurchaseFen), "must not be negative");
    }
    // Both terms are non-negative, so the difference cannot overflow.
    long kept = Math.max(0L, netKeptFromBrokenSalesFen);
    return Math.max(0L, forfeitedOnPurchaseFen - kept);
  }

  /**
   * The swap loss of {@code intermediary} from the states of its broken purchase and the broken
   * sales that funded it, by {@link #swapLossFen} over their settlements ({@link
   * DealState#settlementGain}). Zero when the purchase was not cancelled with a forfeit.
   *
   * @throws InvalidInputException when {@code intermediary} is not a buyer of the purchase or not a
   *     seller of one of the sales
   */
  public static Money swapLoss(
      PartyId intermediary, DealState purchase, Collection<DealState> brokenFundingSales) {
    if (!purchase.deal().buyers().contains(intermediary)) {
      throw new InvalidInputException(
          "intermediary", intermediary, "is not a buyer of the purchase " + purchase.deal().id());
    }
    long forfeited = Math.max(0L, -purchase.settlementGain(intermediary).fen());
    long kept = 0;
    for (DealState sale : brokenFundingSales) {
      if (!sale.deal().sellers().contains(intermediary)) {
        throw new InvalidInputException(
            "intermediary",
            intermediary,
            "is not a seller of the funding sale " + sale.deal().id());
      }
      kept = Math.addExact(kept, sale.settlementGain(intermediary).fen());
    }
    return Money.ofFen(swapLossFen(forfeited, kept));
  }
}
