package org.anxin.domain.chain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anxin.domain.DealId;
import org.anxin.domain.InvalidInputException;
import org.anxin.domain.deal.Deal;

/**
 * Who funds whom: the deals of a book as nodes, {@link FundingLink}s as edges from a funding sale
 * to the purchase it pays for. Built once, then queried many times (the simulator propagates breaks
 * through the same graph in every trial), so the links are indexed into flat arrays.
 *
 * <p>Any shape is allowed: chains, trees, a purchase funded by several sales, and cycles (two
 * owners swapping homes fund each other).
 */
public final class FundingGraph {

  private final List<FundingLink> links;
  private final Map<DealId, Integer> index;
  private final List<DealId> deals;
  // Links leaving deal i (i is their funding sale) are outLinks[outStart[i] .. outStart[i+1]);
  // links entering it (i is their purchase) likewise in inLinks.
  private final int[] outStart;
  private final int[] outLinks;
  private final int[] inStart;
  private final int[] inLinks;
  private final int[] linkSale;
  private final int[] linkPurchase;

  private FundingGraph(List<FundingLink> links) {
    this.links = links;
    index = new HashMap<>();
    List<DealId> ids = new ArrayList<>();
    int m = links.size();
    linkSale = new int[m];
    linkPurchase = new int[m];
    for (int k = 0; k < m; k++) {
      linkSale[k] = indexOf(links.get(k).fundingSale(), ids);
      linkPurchase[k] = indexOf(links.get(k).purchase(), ids);
    }
    deals = Collections.unmodifiableList(ids);
    int n = ids.size();
    outStart = new int[n + 1];
    inStart = new int[n + 1];
    for (int k = 0; k < m; k++) {
      outStart[linkSale[k] + 1]++;
      inStart[linkPurchase[k] + 1]++;
    }
    for (int i = 0; i < n; i++) {
      outStart[i + 1] += outStart[i];
      inStart[i + 1] += inStart[i];
    }
    outLinks = new int[m];
    inLinks = new int[m];
    int[] outFill = outStart.clone();
    int[] inFill = inStart.clone();
    for (int k = 0; k < m; k++) {
      outLinks[outFill[linkSale[k]]++] = k;
      inLinks[inFill[linkPurchase[k]]++] = k;
    }
  }

  private int indexOf(DealId id, List<DealId> ids) {
    Integer i = index.get(id);
    if (i == null) {
      i = ids.size();
      index.put(id, i);
      ids.add(id);
    }
    return i;
  }

  /**
   * The graph of {@code links}.
   *
   * @throws InvalidInputException when the same sale is linked to the same purchase twice
   */
  public static FundingGraph of(Collection<FundingLink> links) {
    List<FundingLink> copy = List.copyOf(links);
    Set<List<DealId>> pairs = new HashSet<>();
    for (int k = 0; k < copy.size(); k++) {
      FundingLink link = copy.get(k);
      if (!pairs.add(List.of(link.fundingSale(), link.purchase()))) {
        throw new InvalidInputException(
            "links[" + k + "]",
            link.fundingSale() + " -> " + link.purchase(),
            "links the same sale and purchase twice");
      }
    }
    return new FundingGraph(copy);
  }

  /**
   * Checks that every link joins two deals of {@code book} and that the sale's seller is the
   * purchase's buyer (the intermediary who needs the proceeds).
   *
   * @return this graph
   * @throws InvalidInputException naming the first link that does not fit
   */
  public FundingGraph checkAgainst(Collection<Deal> book) {
    Map<DealId, Deal> byId = new HashMap<>();
    book.forEach(d -> byId.put(d.id(), d));
    for (int k = 0; k < links.size(); k++) {
      FundingLink link = links.get(k);
      Deal sale = byId.get(link.fundingSale());
      Deal purchase = byId.get(link.purchase());
      if (sale == null) {
        throw new InvalidInputException(
            "links[" + k + "].fundingSale", link.fundingSale(), "is not a deal of the book");
      }
      if (purchase == null) {
        throw new InvalidInputException(
            "links[" + k + "].purchase", link.purchase(), "is not a deal of the book");
      }
      if (sale.sellers().stream().noneMatch(purchase.buyers()::contains)) {
        throw new InvalidInputException(
            "links[" + k + "]",
            link.fundingSale() + " -> " + link.purchase(),
            "no seller of "
                + sale.id()
                + " "
                + sale.sellers()
                + " is a buyer of "
                + purchase.id()
                + " "
                + purchase.buyers());
      }
    }
    return this;
  }

  /** The links, as given. */
  public List<FundingLink> links() {
    return links;
  }

  /** Every deal that appears in a link, in order of first appearance. */
  public List<DealId> deals() {
    return deals;
  }

  /** The links by which {@code sale} funds purchases; empty if it funds none. */
  public List<FundingLink> fundedBy(DealId sale) {
    Integer i = index.get(sale);
    return i == null ? List.of() : select(outLinks, outStart[i], outStart[i + 1]);
  }

  /** The links by which sales fund {@code purchase}; empty if nothing funds it. */
  public List<FundingLink> fundingOf(DealId purchase) {
    Integer i = index.get(purchase);
    return i == null ? List.of() : select(inLinks, inStart[i], inStart[i + 1]);
  }

  private List<FundingLink> select(int[] linkIds, int from, int to) {
    List<FundingLink> out = new ArrayList<>(to - from);
    for (int k = from; k < to; k++) {
      out.add(links.get(linkIds[k]));
    }
    return Collections.unmodifiableList(out);
  }

  // Package-private array access for SwapChains' loop.

  int size() {
    return deals.size();
  }

  int indexOf(DealId deal) {
    Integer i = index.get(deal);
    return i == null ? -1 : i;
  }

  DealId deal(int i) {
    return deals.get(i);
  }

  int outStart(int deal) {
    return outStart[deal];
  }

  int outLink(int k) {
    return outLinks[k];
  }

  int inStart(int deal) {
    return inStart[deal];
  }

  int inLink(int k) {
    return inLinks[k];
  }

  int sale(int link) {
    return linkSale[link];
  }

  int purchase(int link) {
    return linkPurchase[link];
  }
}
