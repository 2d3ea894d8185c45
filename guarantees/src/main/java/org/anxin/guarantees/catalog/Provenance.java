package org.anxin.guarantees.catalog;

import org.anxin.domain.InvalidInputException;

/** Where a guarantee and its terms come from, so that an analyst knows which numbers to tune. */
public enum Provenance implements Ids.WithId {
  /** Described in the seed story (the Shanghai newspaper piece). */
  SEED("seed"),
  /** Documented by public reports of the broker's guarantees. */
  PUBLIC("public"),
  /** Our assumption; the parameters are to be tuned. */
  MODELLED("modelled");

  private final String id;

  Provenance(String id) {
    this.id = id;
  }

  /** The id used in catalog files and JSON output, e.g. {@code modelled}. */
  @Override
  public String id() {
    return id;
  }

  /**
   * The provenance with this id.
   *
   * @throws InvalidInputException naming {@code field} when there is none
   */
  public static Provenance parse(String field, String text) {
    return Ids.parse(Provenance.class, field, text, "provenance");
  }
}
