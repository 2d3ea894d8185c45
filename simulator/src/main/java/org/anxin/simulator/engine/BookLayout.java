package org.anxin.simulator.engine;

import java.util.BitSet;
import org.anxin.simulator.scenario.Book;
import org.anxin.simulator.scenario.Dist;
import org.anxin.simulator.scenario.Swap;

/**
 * Where each deal of the book sits: deal indices {@code [0, resale)} are resale deals, then the new
 * homes, then the rentals; the first resale deals form the swap chains, laid out consecutively so
 * that deal {@code i} funds deal {@code i + 1} when {@link #fundsNext(int)}.
 *
 * <p>The layout is fixed by the scenario alone (no randomness): the same book in every trial, so
 * trials differ only in what happens to it. Chain lengths follow the scenario's distribution by a
 * golden-ratio sequence, which matches the weights closely for any number of chains.
 */
public final class BookLayout {

  private static final double GOLDEN = 0.6180339887498949;

  private final int deals;
  private final int resaleEnd;
  private final int newHomeEnd;
  private final BitSet fundsNext;
  private final int chains;
  private final int dealsInChains;

  private BookLayout(
      int deals, int resaleEnd, int newHomeEnd, BitSet fundsNext, int chains, int dealsInChains) {
    this.deals = deals;
    this.resaleEnd = resaleEnd;
    this.newHomeEnd = newHomeEnd;
    this.fundsNext = fundsNext;
    this.chains = chains;
    this.dealsInChains = dealsInChains;
  }

  /** Lays out {@code book} with the swap chains of {@code swap}. */
  public static BookLayout of(Book book, Swap swap) {
    int[] split = book.mix().split(book.deals());
    int resale = split[0];
    int swapDeals = (int) Math.round(swap.share() * resale);
    BitSet fundsNext = new BitSet(Math.max(swapDeals, 1));
    int chains = 0;
    int next = 0;
    while (next < swapDeals - 1) {
      int links = linksOfChain(swap.linksPerChain(), chains);
      int last = Math.min(next + links, swapDeals - 1);
      fundsNext.set(next, last);
      chains++;
      next = last + 1;
    }
    int inChains = Math.min(next, swapDeals);
    return new BookLayout(
        (int) book.deals(), resale, resale + split[1], fundsNext, chains, inChains);
  }

  /** The number of links of chain number {@code chain}: a quantile at a golden-ratio point. */
  private static int linksOfChain(Dist dist, int chain) {
    double point = (chain + 0.5) * GOLDEN % 1.0;
    if (dist instanceof Dist.Fixed fixed) {
      return Math.max(1, (int) Math.round(fixed.value()));
    }
    if (dist instanceof Dist.Discrete discrete) {
      double total = 0;
      for (double weight : discrete.weights()) {
        total += weight;
      }
      double cumulative = 0;
      for (int i = 0; i < discrete.values().size(); i++) {
        cumulative += discrete.weights().get(i) / total;
        if (point < cumulative) {
          return Math.max(1, (int) Math.round(discrete.values().get(i)));
        }
      }
      return Math.max(1, (int) Math.round(discrete.values().get(discrete.values().size() - 1)));
    }
    if (dist instanceof Dist.Uniform uniform) {
      // Every whole number of links from min to max equally often.
      long low = Math.round(Math.ceil(uniform.min()));
      long high = Math.round(Math.floor(uniform.max()));
      return (int) Math.max(1, low + (long) Math.floor(point * (Math.max(high, low) - low + 1)));
    }
    throw new IllegalArgumentException("swap.linksPerChain must be fixed, discrete or uniform");
  }

  /** All deals of the book. */
  public int deals() {
    return deals;
  }

  /** Resale deals are {@code [0, resaleEnd())}. */
  public int resaleEnd() {
    return resaleEnd;
  }

  /**
   * New-home deals are {@code [resaleEnd(), newHomeEnd())}; rentals follow up to {@link #deals()}.
   */
  public int newHomeEnd() {
    return newHomeEnd;
  }

  /** Whether resale deal {@code deal}'s sale funds the purchase {@code deal + 1}. */
  public boolean fundsNext(int deal) {
    return fundsNext.get(deal);
  }

  /** Whether {@code deal} is a purchase funded by the sale {@code deal - 1}. */
  public boolean fundedByPrevious(int deal) {
    return deal > 0 && fundsNext.get(deal - 1);
  }

  /** How many swap chains the book holds. */
  public int chains() {
    return chains;
  }

  /** How many deals belong to a chain. */
  public int dealsInChains() {
    return dealsInChains;
  }
}
