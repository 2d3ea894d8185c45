package org.anxin.simulator.scenario;

import java.util.EnumMap;
import java.util.Map;

/**
 * Every risk of the book, one field per {@link RiskKind}. What {@code severity} means differs per
 * risk; {@code docs/scenarios.md} lists them.
 */
public record Risks(
    RiskSpec seizureBeforeSigning,
    RiskSpec buyerCannotFund,
    RiskSpec loanRefused,
    RiskSpec seizureAfterSigning,
    RiskSpec taxError,
    RiskSpec feeArrears,
    RiskSpec hukouNotMoved,
    RiskSpec leak,
    RiskSpec stigmatizedHome,
    RiskSpec radiation,
    RiskSpec newHomeSubscription,
    RiskSpec newHomePrice,
    RiskSpec rentalSwitch,
    RiskSpec rentalLeak,
    RiskSpec rentalDeposit) {

  /** The specification of {@code kind}. */
  public RiskSpec spec(RiskKind kind) {
    return switch (kind) {
      case SEIZURE_BEFORE_SIGNING -> seizureBeforeSigning;
      case BUYER_CANNOT_FUND -> buyerCannotFund;
      case LOAN_REFUSED -> loanRefused;
      case SEIZURE_AFTER_SIGNING -> seizureAfterSigning;
      case TAX_ERROR -> taxError;
      case FEE_ARREARS -> feeArrears;
      case HUKOU_NOT_MOVED -> hukouNotMoved;
      case LEAK -> leak;
      case STIGMATIZED_HOME -> stigmatizedHome;
      case RADIATION -> radiation;
      case NEW_HOME_SUBSCRIPTION -> newHomeSubscription;
      case NEW_HOME_PRICE -> newHomePrice;
      case RENTAL_SWITCH -> rentalSwitch;
      case RENTAL_LEAK -> rentalLeak;
      case RENTAL_DEPOSIT -> rentalDeposit;
    };
  }

  /** All risks by kind, in stage order. */
  public Map<RiskKind, RiskSpec> byKind() {
    Map<RiskKind, RiskSpec> all = new EnumMap<>(RiskKind.class);
    for (RiskKind kind : RiskKind.values()) {
      all.put(kind, spec(kind));
    }
    return all;
  }

  void validate(String field) {
    for (RiskKind kind : RiskKind.values()) {
      String path = field + "." + kind.key();
      ScenarioChecks.required(path, spec(kind)).validate(path);
    }
    // Severities whose unit is a share of something must stay within [0, 1].
    shareSeverity(field, RiskKind.SEIZURE_BEFORE_SIGNING);
    shareSeverity(field, RiskKind.SEIZURE_AFTER_SIGNING);
    shareSeverity(field, RiskKind.NEW_HOME_SUBSCRIPTION);
    shareSeverity(field, RiskKind.RENTAL_DEPOSIT);
    for (RiskKind kind : RiskKind.values()) {
      if (kind.hasSeverity()) {
        ScenarioChecks.required(field + "." + kind.key() + ".severity", spec(kind).severity());
      }
    }
  }

  private void shareSeverity(String field, RiskKind kind) {
    Dist severity = spec(kind).severity();
    if (severity != null && !(severity instanceof Dist.ShareOf)) {
      severity.validate(field + "." + kind.key() + ".severity", 0, 1);
    }
  }
}
