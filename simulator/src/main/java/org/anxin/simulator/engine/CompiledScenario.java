package org.anxin.simulator.engine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.anxin.domain.InvalidInputException;
import org.anxin.domain.deal.DealKind;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.guarantees.payout.PayoutRules;
import org.anxin.simulator.random.OneFactorGaussianCopula;
import org.anxin.simulator.scenario.Bounds;
import org.anxin.simulator.scenario.RiskKind;
import org.anxin.simulator.scenario.RiskSpec;
import org.anxin.simulator.scenario.Scenario;
import org.anxin.simulator.scenario.StressRegime;

/**
 * A validated scenario and catalog turned into what the hot loop reads: primitive fields, compiled
 * samplers and the book's layout. Built once per run, shared read-only by every worker.
 */
// Indexed by ordinal: flat arrays for the allocation-free hot loop. The per-kind samplers are read
// for every struck deal, so they are indexed by DealKind.ordinal() (an array read) rather than kept
// in an EnumMap (a lookup through a boxed key table); the ordinal is used only here, behind
// priceSampler and stageDays, and everything else passes the DealKind constant itself, which
// allocates nothing either.
@SuppressWarnings("EnumOrdinal")
final class CompiledScenario {

  private static final int RESALE = DealKind.RESALE.ordinal();
  private static final int NEW_HOME = DealKind.NEW_HOME.ordinal();
  private static final int RENTAL = DealKind.RENTAL.ordinal();

  final Scenario scenario;
  final BookLayout layout;

  /** The catalog's terms and formulas, the same entry point {@code claims assess} uses. */
  final PayoutRules rules;

  final Sampler[] price = new Sampler[DealKind.values().length];
  final DaySampler[][] stages = new DaySampler[DealKind.values().length][3];
  final Sampler resaleDepositShare;
  final double resaleCommissionRate;
  final double resaleLoanShare;
  final double resaleLoanClauseShare;
  final Sampler resaleHoldback;
  final Sampler newHomeSubscription;
  final Sampler rentalDepositMonths;
  final double rentalCommissionMonths;
  final double rescueProbability;

  /** A resale rescues a broken purchase when it comes within this many days of the break. */
  final int resaleWindowDays;

  final DaySampler resaleDelayDays;
  final double resaleDelayLoading;

  /** When in the simulated year deals start. */
  final StartDays startDays;

  /** Days from a claim's trigger to its filing. */
  final DaySampler filingDelayDays;

  /** Per risk (by ordinal): days from its guarantee's fact window opening to the discovery. */
  final DaySampler[] discoveryDelayDays = new DaySampler[RiskKind.values().length];

  /** Days a bought-back home is held until it is resold. */
  final DaySampler buyBackHoldingDays;

  /** The months of the cash profile: the simulated year and the next. */
  static final int PROFILE_MONTHS = 24;

  /**
   * The first day of each month of the profile, counted from 1 January of the simulated year, and
   * the day after the last: {@code PROFILE_MONTHS + 1} entries.
   */
  final int[] monthStarts = new int[PROFILE_MONTHS + 1];

  /** Per risk (by ordinal): the copula of its stressed probability and ρ. */
  final OneFactorGaussianCopula[] copulas = new OneFactorGaussianCopula[RiskKind.values().length];

  final Sampler[] severity = new Sampler[RiskKind.values().length];
  final Sampler litigationCost;
  final Sampler recoveredShare;
  final DaySampler recoveryDelayDays;
  final Sampler resaleDiscount;

  /** The market loadings of the recovered share, the recovery delay and the resale discount. */
  final double recoveredShareLoading;

  final double recoveryDelayLoading;
  final double resaleDiscountLoading;
  final double trueListingPerYear;
  final double noColdCallsPerYear;

  CompiledScenario(Scenario scenario, Catalog catalog) {
    this.scenario = scenario;
    this.layout = BookLayout.of(scenario.book(), scenario.swap());
    this.rules = PayoutRules.of(catalog);

    var resale = scenario.book().resale();
    var newHome = scenario.book().newHome();
    var rental = scenario.book().rental();
    price[RESALE] = Sampler.of(resale.price(), Bounds.PRICE);
    price[NEW_HOME] = Sampler.of(newHome.price(), Bounds.PRICE);
    price[RENTAL] = Sampler.of(rental.monthlyRent(), Bounds.RENT);
    stages[RESALE][0] = DaySampler.of(resale.daysToSigning(), Bounds.DAYS);
    stages[RESALE][1] = DaySampler.of(resale.daysToTransfer(), Bounds.DAYS);
    stages[RESALE][2] = DaySampler.of(resale.daysToHandover(), Bounds.DAYS);
    stages[NEW_HOME][0] = DaySampler.of(newHome.daysToContract(), Bounds.DAYS);
    stages[NEW_HOME][1] = DaySampler.of(newHome.daysToHandover(), Bounds.DAYS);
    stages[NEW_HOME][2] = DaySampler.of(null, Bounds.DAYS);
    stages[RENTAL][0] = DaySampler.of(rental.daysToMoveIn(), Bounds.DAYS);
    stages[RENTAL][1] = DaySampler.of(rental.tenancyDays(), Bounds.DAYS);
    stages[RENTAL][2] = DaySampler.of(null, Bounds.DAYS);
    resaleDepositShare = Sampler.of(resale.depositShare(), Bounds.SHARE);
    resaleCommissionRate = resale.commissionRate();
    resaleLoanShare = resale.loanShare();
    resaleLoanClauseShare = resale.loanClauseShare();
    resaleHoldback = Sampler.of(resale.holdback(), Bounds.HOLDBACK);
    newHomeSubscription = Sampler.of(newHome.subscription(), Bounds.SUBSCRIPTION);
    rentalDepositMonths = Sampler.of(rental.depositMonths(), Bounds.MONTHS);
    rentalCommissionMonths = rental.commissionMonths();
    StressRegime stress = scenario.stress().active();
    // A regime may make rescue buyers scarcer (a credit squeeze): it replaces the swap's chance.
    rescueProbability =
        stress == null
            ? scenario.swap().rescueProbability()
            : stress.rescueProbability(scenario.swap());
    resaleWindowDays = scenario.swap().resaleWindowDays();
    resaleDelayDays = DaySampler.of(scenario.swap().resaleDelayDays(), Bounds.DAYS);
    resaleDelayLoading = scenario.badYear().resaleDelayDays();
    filingDelayDays = DaySampler.of(scenario.claims().filingDelayDays(), Bounds.DAYS);
    startDays = StartDays.of(scenario.calendar());
    LocalDate january = LocalDate.of(scenario.calendar().year(), 1, 1);
    for (int m = 0; m <= PROFILE_MONTHS; m++) {
      monthStarts[m] = (int) ChronoUnit.DAYS.between(january, january.plusMonths(m));
    }
    buyBackHoldingDays = DaySampler.of(scenario.buyBack().resaleDelayDays(), Bounds.DAYS);

    for (RiskKind kind : RiskKind.values()) {
      RiskSpec spec = scenario.risks().spec(kind);
      double probability = spec.probability() * (stress == null ? 1.0 : stress.multiplier(kind));
      copulas[kind.ordinal()] = OneFactorGaussianCopula.of(probability, spec.rho());
      severity[kind.ordinal()] =
          kind.hasSeverity()
              ? Sampler.ofNullable(spec.severity(), kind.severity().bounds())
              : Sampler.ofNullable(null, Bounds.AMOUNT);
      discoveryDelayDays[kind.ordinal()] = DaySampler.of(spec.discoveryDelayDays(), Bounds.DAYS);
    }
    litigationCost =
        Sampler.ofNullable(scenario.risks().seizureAfterSigning().litigationCost(), Bounds.AMOUNT);
    recoveredShare = Sampler.of(scenario.advances().recoveredShare(), Bounds.SHARE);
    recoveryDelayDays = DaySampler.of(scenario.advances().recoveryDelayDays(), Bounds.DAYS);
    resaleDiscount = Sampler.of(scenario.buyBack().resaleDiscount(), Bounds.SHARE);
    recoveredShareLoading = scenario.badYear().recoveredShare();
    recoveryDelayLoading = scenario.badYear().recoveryDelayDays();
    resaleDiscountLoading = scenario.badYear().resaleDiscount();
    trueListingPerYear = scenario.perReport().trueListingPerYear();
    noColdCallsPerYear = scenario.perReport().noColdCallsPerYear();
    checkExpectedIncidents();
  }

  /**
   * The most incidents a trial may expect on average. A book where almost every deal is struck by
   * every risk is a mistake in the scenario, and would need gigabytes of scratch space per thread.
   */
  static final double MAX_EXPECTED_INCIDENTS = 20_000_000;

  /** Refuses a scenario whose trials would strike more incidents than a worker can hold. */
  private void checkExpectedIncidents() {
    double expected = 0;
    for (RiskKind kind : RiskKind.values()) {
      expected +=
          copulas[kind.ordinal()].probability()
              * (segmentEnd(kind.segment()) - segmentStart(kind.segment()));
    }
    if (expected > MAX_EXPECTED_INCIDENTS) {
      throw new InvalidInputException(
          "risks",
          Math.round(expected) + " incidents a trial",
          "the book and probabilities expect more than 20,000,000 incidents a simulated year;"
              + " lower book.deals or the probabilities");
    }
  }

  int deals() {
    return layout.deals();
  }

  /** The segment of a deal index: resale, new home or rental. */
  DealKind segmentOf(int deal) {
    if (deal < layout.resaleEnd()) {
      return DealKind.RESALE;
    }
    return deal < layout.newHomeEnd() ? DealKind.NEW_HOME : DealKind.RENTAL;
  }

  /** First deal index of a risk's segment. */
  int segmentStart(DealKind segment) {
    return switch (segment) {
      case RESALE -> 0;
      case NEW_HOME -> layout.resaleEnd();
      case RENTAL -> layout.newHomeEnd();
    };
  }

  /** One past the last deal index of a risk's segment. */
  int segmentEnd(DealKind segment) {
    return switch (segment) {
      case RESALE -> layout.resaleEnd();
      case NEW_HOME -> layout.newHomeEnd();
      case RENTAL -> layout.deals();
    };
  }

  Sampler priceSampler(DealKind segment) {
    return price[segment.ordinal()];
  }

  DaySampler stageDays(DealKind segment, int stage) {
    return stages[segment.ordinal()][stage];
  }
}
