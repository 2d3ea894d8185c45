package org.anxin.simulator.scenario;

import java.util.EnumMap;
import java.util.Locale;
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
    for (RiskKind kind : RiskKind.values()) {
      String path = field + "." + kind.key() + ".severity";
      Dist severity = spec(kind).severity();
      if (!kind.hasSeverity()) {
        continue;
      }
      ScenarioChecks.required(path, severity);
      Bounds bounds = kind.severity().bounds();
      severity.validate(path, bounds.min(), bounds.max());
      if (severity instanceof Dist.ShareOf shareOf) {
        if (kind.severity() != RiskKind.Severity.YUAN) {
          throw ScenarioChecks.invalid(
              path + ".dist", "shareOf", "this severity is a " + unit(kind) + ", not an amount");
        }
        if (!shareOf.attribute().belongsTo(kind.segment())) {
          throw ScenarioChecks.invalid(
              path + ".attribute",
              shareOf.attribute().key(),
              "is not an attribute of a "
                  + kind.segment().name().toLowerCase(Locale.ROOT)
                  + " deal");
        }
      }
    }
  }

  private static String unit(RiskKind kind) {
    return kind.severity() == RiskKind.Severity.SHARE ? "share (0 to 1)" : "number of days";
  }
}
