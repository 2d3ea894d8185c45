package org.anxin.domain.chain;

import java.util.List;
import org.anxin.domain.DealId;

/**
 * A purchase that breaks because funding sales of it broke and were not rescued in time.
 *
 * @param purchase the purchase that breaks
 * @param brokenBy every broken, unrescued funding sale of it, in link order
 */
public record ChainBreak(DealId purchase, List<DealId> brokenBy) {
  public ChainBreak {
    brokenBy = List.copyOf(brokenBy);
  }
}
