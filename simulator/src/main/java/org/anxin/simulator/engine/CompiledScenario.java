package org.anxin.simulator.engine;

import org.anxin.guarantees.catalog.Catalog;
import org.anxin.simulator.random.OneFactorGaussianCopula;
import org.anxin.simulator.scenario.RiskKind;
import org.anxin.simulator.scenario.RiskSpec;
import org.anxin.simulator.scenario.Scenario;
import org.anxin.simulator.scenario.StressRegime;

/**
 * A validated scenario and catalog turned into what the hot loop reads: primitive fields, compiled
 * samplers and the book's layout. Built once per run, shared read-only by every worker.
 */
// Indexed by ordinal: flat primitive arrays for the allocation-free hot loop.
@SuppressWarnings("EnumOrdinal")
final class CompiledScenario {

  static final int RESALE = 0;
  static final int NEW_HOME = 1;
  static final int RENTAL = 2;

  final Scenario scenario;
  final BookLayout layout;
  final CatalogTerms terms;

  final Sampler[] price = new Sampler[3];
  final Sampler[][] stages = new Sampler[3][3];
  final Sampler resaleDepositShare;
  final double resaleCommissionRate;
  final double resaleLoanShare;
  final double resaleLoanClauseShare;
  final Sampler resaleHoldback;
  final Sampler newHomeSubscription;
  final Sampler rentalDepositMonths;
  final double rentalCommissionMonths;
  final double rescueProbability;

  /** Per risk (by ordinal): the copula of its stressed probability and ρ. */
  final OneFactorGaussianCopula[] copulas = new OneFactorGaussianCopula[RiskKind.values().length];

  final Sampler[] severity = new Sampler[RiskKind.values().length];
  final Sampler litigationCost;
  final Sampler recoveredShare;
  final Sampler recoveryDelayDays;
  final Sampler resaleDiscount;
  final double trueListingPerYear;
  final double noColdCallsPerYear;

  CompiledScenario(Scenario scenario, Catalog catalog) {
    this.scenario = scenario;
    this.layout = BookLayout.of(scenario.book(), scenario.swap());
    this.terms = CatalogTerms.of(catalog);

    var resale = scenario.book().resale();
    var newHome = scenario.book().newHome();
    var rental = scenario.book().rental();
    price[RESALE] = Sampler.of(resale.price());
    price[NEW_HOME] = Sampler.of(newHome.price());
    price[RENTAL] = Sampler.of(rental.monthlyRent());
    stages[RESALE][0] = Sampler.of(resale.daysToSigning());
    stages[RESALE][1] = Sampler.of(resale.daysToTransfer());
    stages[RESALE][2] = Sampler.of(resale.daysToHandover());
    stages[NEW_HOME][0] = Sampler.of(newHome.daysToContract());
    stages[NEW_HOME][1] = Sampler.of(newHome.daysToHandover());
    stages[NEW_HOME][2] = Sampler.ofNullable(null);
    stages[RENTAL][0] = Sampler.of(rental.daysToMoveIn());
    stages[RENTAL][1] = Sampler.of(rental.tenancyDays());
    stages[RENTAL][2] = Sampler.ofNullable(null);
    resaleDepositShare = Sampler.of(resale.depositShare());
    resaleCommissionRate = resale.commissionRate();
    resaleLoanShare = resale.loanShare();
    resaleLoanClauseShare = resale.loanClauseShare();
    resaleHoldback = Sampler.of(resale.holdback());
    newHomeSubscription = Sampler.of(newHome.subscription());
    rentalDepositMonths = Sampler.of(rental.depositMonths());
    rentalCommissionMonths = rental.commissionMonths();
    rescueProbability = scenario.swap().rescueProbability();

    StressRegime stress = scenario.stress().active();
    for (RiskKind kind : RiskKind.values()) {
      RiskSpec spec = scenario.risks().spec(kind);
      double probability = spec.probability() * (stress == null ? 1.0 : stress.multiplier(kind));
      copulas[kind.ordinal()] = OneFactorGaussianCopula.of(probability, spec.rho());
      severity[kind.ordinal()] = Sampler.ofNullable(spec.severity());
    }
    litigationCost = Sampler.ofNullable(scenario.risks().seizureAfterSigning().litigationCost());
    recoveredShare = Sampler.of(scenario.advances().recoveredShare());
    recoveryDelayDays = Sampler.of(scenario.advances().recoveryDelayDays());
    resaleDiscount = Sampler.of(scenario.buyBack().resaleDiscount());
    trueListingPerYear = scenario.perReport().trueListingPerYear();
    noColdCallsPerYear = scenario.perReport().noColdCallsPerYear();
  }

  int deals() {
    return layout.deals();
  }

  /** The segment of a deal index: resale, new home or rental. */
  int segmentOf(int deal) {
    if (deal < layout.resaleEnd()) {
      return RESALE;
    }
    return deal < layout.newHomeEnd() ? NEW_HOME : RENTAL;
  }

  /** First deal index of a risk's segment. */
  int segmentStart(RiskKind.Segment segment) {
    return switch (segment) {
      case RESALE -> 0;
      case NEW_HOME -> layout.resaleEnd();
      case RENTAL -> layout.newHomeEnd();
    };
  }

  /** One past the last deal index of a risk's segment. */
  int segmentEnd(RiskKind.Segment segment) {
    return switch (segment) {
      case RESALE -> layout.resaleEnd();
      case NEW_HOME -> layout.newHomeEnd();
      case RENTAL -> layout.deals();
    };
  }

  Sampler priceSampler(int segment) {
    return price[segment];
  }

  Sampler stageDays(int segment, int stage) {
    return stages[segment][stage];
  }
}
