package org.anxin.domain.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.anxin.domain.DealId;
import org.anxin.domain.InvalidInputException;
import org.anxin.domain.Money;
import org.anxin.domain.PartyId;
import org.anxin.domain.PropertyId;
import org.anxin.domain.deal.CancellationCause;
import org.anxin.domain.deal.Deal;
import org.anxin.domain.deal.DealEvent.Cancelled;
import org.anxin.domain.deal.DealEvent.DepositPaid;
import org.anxin.domain.deal.DealState;
import org.junit.jupiter.api.Test;

class SwapChainsTest {

  static final LocalDate DAY = LocalDate.of(2020, 2, 19);
  static final DealId A = DealId.of("a");
  static final DealId B = DealId.of("b");
  static final DealId C = DealId.of("c");
  static final DealId D = DealId.of("d");

  static FundingLink link(DealId sale, DealId purchase) {
    return new FundingLink(sale, purchase, DAY);
  }

  static List<DealId> purchases(List<ChainBreak> breaks) {
    return breaks.stream().map(ChainBreak::purchase).toList();
  }

  @Test
  void twoOwnersSwappingHomesBreakEachOtherOnce() {
    FundingGraph swap = FundingGraph.of(List.of(link(A, B), link(B, A)));
    assertEquals(
        List.of(new ChainBreak(B, List.of(A))), SwapChains.propagate(swap, List.of(A), Map.of()));
    assertEquals(List.of(), SwapChains.propagate(swap, List.of(A, B), Map.of()));
  }

  @Test
  void breaksCascadeBreadthFirst() {
    // a funds b and c; b funds d; c funds d.
    FundingGraph g = FundingGraph.of(List.of(link(A, B), link(A, C), link(B, D), link(C, D)));
    List<ChainBreak> breaks = SwapChains.propagate(g, List.of(A), Map.of());
    assertEquals(List.of(B, C, D), purchases(breaks));
    assertEquals(List.of(B, C), breaks.get(2).brokenBy(), "d lost both its funding sales");
  }

  @Test
  void aRescuedLinkDoesNotBreakButAnotherBrokenFundingSaleDoes() {
    FundingGraph g = FundingGraph.of(List.of(link(A, C), link(B, C)));
    Map<DealId, LocalDate> resold = Map.of(A, DAY);
    assertEquals(List.of(), SwapChains.propagate(g, List.of(A), resold));
    List<ChainBreak> breaks = SwapChains.propagate(g, List.of(A, B), resold);
    assertEquals(List.of(new ChainBreak(C, List.of(B))), breaks);
    assertEquals(
        List.of(C), purchases(SwapChains.propagate(g, List.of(A), Map.of(A, DAY.plusDays(1)))));
  }

  @Test
  void unknownAndRepeatedBrokenSalesAreHarmless() {
    FundingGraph g = FundingGraph.of(List.of(link(A, B)));
    assertEquals(List.of(), SwapChains.propagate(g, List.of(DealId.of("elsewhere")), Map.of()));
    assertEquals(List.of(B), purchases(SwapChains.propagate(g, List.of(A, A), Map.of())));
    assertEquals(List.of(), SwapChains.propagate(FundingGraph.of(List.of()), List.of(A), Map.of()));
  }

  @Test
  void theGraphAnswersWhoFundsWhom() {
    FundingLink ab = link(A, B);
    FundingLink cb = link(C, B);
    FundingLink bd = link(B, D);
    FundingGraph g = FundingGraph.of(List.of(ab, cb, bd));
    assertEquals(List.of(ab, cb, bd), g.links());
    assertEquals(List.of(A, B, C, D), g.deals());
    assertEquals(List.of(ab, cb), g.fundingOf(B));
    assertEquals(List.of(bd), g.fundedBy(B));
    assertEquals(List.of(), g.fundedBy(D));
    assertEquals(List.of(), g.fundingOf(A));
    assertEquals(List.of(), g.fundingOf(DealId.of("elsewhere")));
    assertEquals(List.of(), g.fundedBy(DealId.of("elsewhere")));
  }

  @Test
  void badLinksAreRejectedNamingFieldAndValue() {
    InvalidInputException self =
        assertThrows(InvalidInputException.class, () -> new FundingLink(A, A, DAY));
    assertEquals("link.purchase", self.field());
    assertEquals("a", self.value());
    InvalidInputException twice =
        assertThrows(
            InvalidInputException.class, () -> FundingGraph.of(List.of(link(A, B), link(A, B))));
    assertEquals("links[1]", twice.field());
    assertEquals("a -> b", twice.value());
  }

  @Test
  void linksMustJoinDealsOfTheBookThroughTheIntermediary() {
    PartyId zhou = PartyId.of("zhou");
    Deal sale =
        Deal.resale(A, PropertyId.of("h1"), PartyId.of("tie"), zhou, Money.ofYuan(3_000_000));
    Deal purchase =
        Deal.resale(B, PropertyId.of("h2"), zhou, PartyId.of("lin"), Money.ofYuan(5_000_000));
    Deal unrelated =
        Deal.resale(C, PropertyId.of("h3"), PartyId.of("x"), PartyId.of("y"), Money.ofYuan(1));
    FundingGraph good = FundingGraph.of(List.of(link(A, B)));
    assertEquals(good, good.checkAgainst(List.of(sale, purchase)));

    InvalidInputException missing =
        assertThrows(InvalidInputException.class, () -> good.checkAgainst(List.of(purchase)));
    assertEquals("links[0].fundingSale", missing.field());
    assertEquals(
        "links[0].purchase",
        assertThrows(InvalidInputException.class, () -> good.checkAgainst(List.of(sale))).field());
    InvalidInputException notChained =
        assertThrows(
            InvalidInputException.class,
            () -> FundingGraph.of(List.of(link(A, C))).checkAgainst(List.of(sale, unrelated)));
    assertEquals("links[0]", notChained.field());
    assertEquals("a -> c", notChained.value());
  }

  @Test
  void theRescueWindowIsInclusive() {
    FundingLink l = link(A, B);
    assertTrue(l.rescuedBy(DAY));
    assertTrue(l.rescuedBy(DAY.minusDays(30)));
    assertTrue(!l.rescuedBy(DAY.plusDays(1)));
    assertTrue(!l.rescuedBy(null));
  }

  @Test
  void swapLossArithmetic() {
    assertEquals(5_000_000L, SwapChains.swapLossFen(15_000_000L, 10_000_000L));
    assertEquals(0L, SwapChains.swapLossFen(15_000_000L, 15_000_000L));
    assertEquals(0L, SwapChains.swapLossFen(15_000_000L, 20_000_000L));
    // A negative net kept (a penalty paid on the sale) counts as 0: the guarantee never pays for
    // a loss on the sale itself (DESIGN.md §4).
    assertEquals(15_000_000L, SwapChains.swapLossFen(15_000_000L, -5_000_000L));
    assertEquals(15_000_000L, SwapChains.swapLossFen(15_000_000L, Long.MIN_VALUE));
    assertEquals(0L, SwapChains.swapLossFen(0L, 0L));
    assertEquals(
        "forfeitedOnPurchaseFen",
        assertThrows(InvalidInputException.class, () -> SwapChains.swapLossFen(-1, 0)).field());
  }

  @Test
  void swapLossNeedsTheIntermediaryOnBothDeals() {
    PartyId p = PartyId.of("p");
    PartyId x = PartyId.of("x");
    PartyId y = PartyId.of("y");
    LocalDate d = LocalDate.of(2020, 1, 1);
    DealState sale =
        DealState.replay(
            Deal.resale(DealId.of("s"), PropertyId.of("h1"), x, p, Money.ofYuan(1_000_000)),
            List.of(
                DepositPaid.earnest(d, x, p, Money.ofYuan(10), d.plusDays(9)),
                Cancelled.of(d.plusDays(1), CancellationCause.BUYER_CANNOT_FUND)));
    DealState purchase =
        DealState.replay(
            Deal.resale(DealId.of("q"), PropertyId.of("h2"), p, y, Money.ofYuan(1_000_000)),
            List.of(
                DepositPaid.earnest(d, p, y, Money.ofYuan(25), d.plusDays(9)),
                Cancelled.of(d.plusDays(2), CancellationCause.BUYER_CANNOT_FUND)));
    assertEquals(Money.ofYuan(15), SwapChains.swapLoss(p, purchase, List.of(sale)));
    assertEquals(Money.ofYuan(25), SwapChains.swapLoss(p, purchase, List.of()));
    assertEquals(
        "intermediary",
        assertThrows(InvalidInputException.class, () -> SwapChains.swapLoss(y, purchase, List.of()))
            .field());
    assertEquals(
        "x",
        assertThrows(InvalidInputException.class, () -> SwapChains.swapLoss(x, sale, List.of(sale)))
            .value());
    assertEquals(Map.of(), SwapChains.resaleDates(List.of(sale, purchase)), "neither was resold");
  }

  // ---- properties over random graphs ----

  /** A random graph: a cycle through the first deals (of random length) plus random links. */
  record RandomGraph(
      FundingGraph graph, List<DealId> broken, Map<DealId, LocalDate> resold, int size) {}

  static RandomGraph randomGraph(int n, List<Integer> edgeSeeds, int seed) {
    List<DealId> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add(DealId.of("d" + i));
    }
    SplittableRandom r = new SplittableRandom(seed);
    List<FundingLink> links = new ArrayList<>();
    Set<List<DealId>> pairs = new HashSet<>();
    int ring = n < 2 ? 0 : 2 + r.nextInt(n - 1);
    for (int i = 0; i < ring; i++) {
      addLink(links, pairs, ids.get(i), ids.get((i + 1) % ring), DAY.plusDays(r.nextInt(10)));
    }
    for (int e : edgeSeeds) {
      SplittableRandom er = new SplittableRandom(e);
      addLink(
          links,
          pairs,
          ids.get(er.nextInt(n)),
          ids.get(er.nextInt(n)),
          DAY.plusDays(er.nextInt(10)));
    }
    List<DealId> broken = new ArrayList<>();
    Map<DealId, LocalDate> resold = new HashMap<>();
    for (DealId id : ids) {
      if (r.nextInt(5) == 0) {
        broken.add(id);
      }
      if (r.nextInt(3) == 0) {
        resold.put(id, DAY.plusDays(r.nextInt(12)));
      }
    }
    if (r.nextBoolean()) {
      broken.add(ids.get(r.nextInt(n))); // sometimes a repeat
    }
    return new RandomGraph(FundingGraph.of(links), broken, resold, n);
  }

  private static void addLink(
      List<FundingLink> links, Set<List<DealId>> pairs, DealId s, DealId p, LocalDate window) {
    if (!s.equals(p) && pairs.add(List.of(s, p))) {
      links.add(new FundingLink(s, p, window));
    }
  }

  /**
   * The independent oracle: iterate "an unrescued link from a broken deal breaks its purchase" over
   * all links until nothing changes, tracking the least number of hops from a first break.
   */
  static Map<DealId, Integer> oracleLevels(RandomGraph g) {
    Map<DealId, Integer> level = new HashMap<>();
    g.broken().forEach(d -> level.put(d, 0));
    boolean changed = true;
    while (changed) {
      changed = false;
      for (FundingLink l : g.graph().links()) {
        Integer from = level.get(l.fundingSale());
        if (from == null || l.rescuedBy(g.resold().get(l.fundingSale()))) {
          continue;
        }
        Integer to = level.get(l.purchase());
        if (to == null || to > from + 1) {
          level.put(l.purchase(), from + 1);
          changed = true;
        }
      }
    }
    return level;
  }

  @Test
  void propagationFindsExactlyTheFixpointEachDealOnceInBreadthFirstOrder() {
    qt().forAll(
            integers().between(1, 40),
            lists().of(integers().all()).ofSizeBetween(0, 120),
            integers().all())
        .checkAssert(
            (n, edges, seed) -> {
              RandomGraph g = randomGraph(n, edges, seed);
              Map<DealId, Integer> level = oracleLevels(g);
              List<ChainBreak> breaks = SwapChains.propagate(g.graph(), g.broken(), g.resold());
              List<DealId> order = purchases(breaks);

              assertEquals(order.size(), new LinkedHashSet<>(order).size(), "each deal once");
              Set<DealId> expected = new HashSet<>(level.keySet());
              expected.removeAll(g.broken());
              assertEquals(expected, Set.copyOf(order), "exactly the deals that must break");
              int previous = 1;
              for (ChainBreak b : breaks) {
                int l = level.get(b.purchase());
                assertTrue(l >= previous, "breadth-first: " + order);
                previous = l;
                List<DealId> by = new ArrayList<>();
                for (FundingLink link : g.graph().fundingOf(b.purchase())) {
                  if (level.containsKey(link.fundingSale())
                      && !link.rescuedBy(g.resold().get(link.fundingSale()))) {
                    by.add(link.fundingSale());
                  }
                }
                assertEquals(by, b.brokenBy(), "every broken unrescued funding sale, in order");
                assertTrue(!by.isEmpty());
              }
            });
  }

  /**
   * {@code brokenByEach} answers, for every deal at once, what one walk per deal without it would:
   * held to {@code propagate} itself on random graphs, cycles (home swaps, rings) included.
   */
  @Test
  void brokenByEachAgreesWithOneWalkPerDeal() {
    qt().forAll(
            integers().between(1, 30),
            lists().of(integers().all()).ofSizeBetween(0, 90),
            integers().all())
        .checkAssert(
            (n, edges, seed) -> {
              RandomGraph g = randomGraph(n, edges, seed);
              Map<DealId, List<DealId>> each =
                  SwapChains.brokenByEach(g.graph(), g.broken(), g.resold());
              for (DealId deal : g.graph().deals()) {
                List<DealId> others = new ArrayList<>(g.broken());
                others.removeIf(deal::equals);
                List<DealId> expected = null;
                for (ChainBreak b : SwapChains.propagate(g.graph(), others, g.resold())) {
                  if (b.purchase().equals(deal)) {
                    expected = b.brokenBy();
                  }
                }
                assertEquals(expected, each.get(deal), deal.value());
              }
            });
  }

  @Test
  void aCycleOfAnyLengthTerminatesWithEveryOtherDealBroken() {
    qt().forAll(integers().between(2, 2_000))
        .checkAssert(
            n -> {
              List<FundingLink> ring = new ArrayList<>();
              for (int i = 0; i < n; i++) {
                ring.add(link(DealId.of("r" + i), DealId.of("r" + (i + 1) % n)));
              }
              List<ChainBreak> breaks =
                  SwapChains.propagate(FundingGraph.of(ring), List.of(DealId.of("r0")), Map.of());
              assertEquals(n - 1, breaks.size());
              assertEquals(DealId.of("r1"), breaks.get(0).purchase());
              assertEquals(DealId.of("r" + (n - 1)), breaks.get(n - 2).purchase());
            });
  }
}
