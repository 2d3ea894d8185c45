package org.anxin.guarantees.catalog;

import org.anxin.domain.InvalidInputException;

/**
 * A parameter of a guarantee's payout formula, as named under {@code terms:} in a catalog file.
 * Which terms a guarantee takes is fixed by its {@link GuaranteeCode}; their values are data.
 */
public enum Term implements Ids.WithId {
  /** The most one claim pays, in yuan, or {@code none} for no cap. */
  CAP("cap", Type.MONEY_OR_NONE, "the most one claim pays"),
  /** The amount paid per verified report or unwanted call (假一赔百: 100 yuan). */
  PER_REPORT("perReport", Type.MONEY, "the amount paid per verified report or call"),
  /** The most paid towards the customer's litigation costs, inside the cap. */
  LITIGATION_CAP("litigationCap", Type.MONEY, "the most paid towards litigation costs"),
  /** The handover holdback assumed when a deal does not state one (a stated 0 stays 0). */
  HOLDBACK_DEFAULT(
      "holdbackDefault", Type.MONEY, "the handover holdback assumed when a deal states none"),
  /** How many days after the handover arrears claimed by the management company are covered. */
  COVERAGE_DAYS("coverageDays", Type.DAYS, "days after the handover that arrears claims count"),
  /** How many days after the handover a leak is under warranty. */
  WARRANTY_DAYS("warrantyDays", Type.DAYS, "days after the handover a leak is under warranty"),
  /** How many days after the transfer the fact behind a buy-back may come to light. */
  DISCOVERY_DAYS("discoveryDays", Type.DAYS, "days after the transfer a buy-back fact may surface");

  /** How a term's value is written and held. */
  public enum Type {
    /** Yuan with at most 2 decimals, held as fen. */
    MONEY,
    /** As {@link #MONEY}, or {@code none} (held as {@link Terms#NO_CAP}). */
    MONEY_OR_NONE,
    /** A whole number of days, at least 0. */
    DAYS
  }

  private final String id;
  private final Type type;
  private final String description;

  Term(String id, Type type, String description) {
    this.id = id;
    this.type = type;
    this.description = description;
  }

  /** The key under {@code terms:} in a catalog file and in JSON output, e.g. {@code perReport}. */
  @Override
  public String id() {
    return id;
  }

  public Type type() {
    return type;
  }

  /** What the term means, in a phrase. */
  public String description() {
    return description;
  }

  /**
   * The term with this key.
   *
   * @throws InvalidInputException naming {@code field} when there is none
   */
  public static Term parse(String field, String text) {
    return Ids.parse(Term.class, field, text, "term");
  }
}
