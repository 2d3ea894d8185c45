package org.anxin.simulator.scenario;

import com.fasterxml.jackson.annotation.JsonValue;
import org.anxin.domain.deal.DealKind;

/** The attributes of a synthetic deal that a severity can be a share of. */
public enum DealAttribute {
  /** The price of the home (resale and new homes). */
  PRICE("price"),
  /** The earnest-money deposit (定金) paid (resale). */
  DEPOSIT("deposit"),
  /** The commission charged to the customer. */
  COMMISSION("commission"),
  /** The subscription money (认购金) of a new home. */
  SUBSCRIPTION("subscription"),
  /** The monthly rent (rental). */
  MONTHLY_RENT("monthlyRent"),
  /** The security deposit (押金) of a lease. */
  SECURITY_DEPOSIT("securityDeposit");

  private final String key;

  DealAttribute(String key) {
    this.key = key;
  }

  /** Whether deals of {@code segment} have this attribute. */
  public boolean belongsTo(DealKind segment) {
    return switch (this) {
      case PRICE -> segment != DealKind.RENTAL;
      case DEPOSIT -> segment == DealKind.RESALE;
      case COMMISSION -> segment != DealKind.NEW_HOME;
      case SUBSCRIPTION -> segment == DealKind.NEW_HOME;
      case MONTHLY_RENT, SECURITY_DEPOSIT -> segment == DealKind.RENTAL;
    };
  }

  /** The name used in scenario files. */
  @JsonValue
  public String key() {
    return key;
  }
}
