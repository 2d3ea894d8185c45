package org.anxin.simulator.engine;

import java.util.Arrays;
import org.anxin.guarantees.catalog.GuaranteeCode;
import org.anxin.guarantees.catalog.PayoutKind;
import org.anxin.guarantees.payout.PayoutRules;
import org.anxin.simulator.random.GeometricSkip;
import org.anxin.simulator.random.Normal;
import org.anxin.simulator.random.Poisson;
import org.anxin.simulator.random.RandomStream;
import org.anxin.simulator.random.StreamKind;
import org.anxin.simulator.scenario.RiskKind;

/**
 * Simulates whole trials, one at a time, for one thread. The cost of a trial follows what happens
 * in it: each risk finds the deals it strikes by geometric skips, only struck deals (and purchases
 * their broken funding sales drag down) are looked at, and every payout is the catalog's formula
 * from {@link PayoutRules} (the entry point {@code claims assess} uses too) applied to the deal's
 * drawn state. All scratch space is allocated here once and reused, so a trial allocates nothing.
 *
 * <p>Resolution order within a deal is stage order ({@link RiskKind}'s declaration order); a
 * cancellation ends the deal, so later-stage incidents of that deal do not happen.
 *
 * <p>Swap chains follow DESIGN.md §4: only a funding sale cancelled before the purchase is signed
 * breaks the purchase. The stage order decides, not the deals' dates, on the assumption that a swap
 * purchase is signed once its funding sale is (the seed's purchase was due four days after its
 * sale) and well before a loan decision or the transfer:
 *
 * <ul>
 *   <li>a sale cancelled before its own signing ({@link RiskKind#SEIZURE_BEFORE_SIGNING}, {@link
 *       RiskKind#BUYER_CANNOT_FUND}) is cancelled before the purchase's signing and breaks it,
 *       unless a resale rescues it in the window; the intermediary is then at fault on the
 *       purchase, forfeits its legal deposit, SWAP_CANCELLATION pays the swap loss, and the
 *       purchase's own cancellation (before its signing) breaks the next purchase up the chain;
 *   <li>a sale cancelled after its signing ({@link RiskKind#LOAN_REFUSED}, {@link
 *       RiskKind#SEIZURE_AFTER_SIGNING}) comes after the purchase's signing and breaks nothing: the
 *       signed purchase goes on (SWAP_CANCELLATION's stage is "before signing", so nothing would be
 *       paid for it either);
 *   <li>a buy-back ({@link RiskKind#STIGMATIZED_HOME}, {@link RiskKind#RADIATION}, after handover)
 *       is not a cancellation of the sale and never breaks the purchase.
 * </ul>
 *
 * <p>A purchase broken by its funding sale is broken before its own signing: its own incidents up
 * to signing are resolved first (one of them may cancel it first), the break comes next, and its
 * later incidents do not happen.
 */
// Guarantees and risks index primitive arrays by ordinal: the hot loop must not allocate or hash.
@SuppressWarnings("EnumOrdinal")
final class TrialWorker {

  private static final RiskKind[] RISKS = RiskKind.values();
  private static final int RISK_BITS = 5;
  private static final int RISK_MASK = (1 << RISK_BITS) - 1;
  private static final int NO_DEAL = -1;

  /** The loaded quantities: their latent normals' reserved positions in an incident's block. */
  private static final int RECOVERED_SHARE = 0;

  private static final int RECOVERY_DELAY = 1;
  private static final int RESALE_DISCOUNT = 2;
  private static final int RESALE_DELAY = 3;

  /** The reserved positions of an incident's filing delays: its own claim, a commission refund. */
  private static final int FILING_CLAIM = 4;

  private static final int FILING_REFUND = 5;

  /** The reserved position of the days from a fact's window opening to its discovery. */
  private static final int DISCOVERY = 6;

  /** What {@link #filingDay} returns for a claim filed too late: it is rejected. */
  private static final int LATE = -1;

  /** The latent block of a rescue: after the risks' blocks and the chain break's. */
  private static final int RESCUE_BLOCK = RiskKind.values().length + 1;

  /** The last risk of a resale before its signing: those after it strike a signed deal. */
  private static final int LAST_BEFORE_SIGNING = RiskKind.BUYER_CANNOT_FUND.ordinal();

  /** The scenario of the path year being simulated; {@link #years}[0] is the first. */
  private CompiledScenario scenario;

  private BookLayout layout;
  private final PayoutRules rules;

  /** Each path year's scenario: one for a one-year run. */
  private final CompiledScenario[] years;

  /** Day 0 of each path year, counted from 1 January of the first. */
  private final int[] yearStarts;

  /** How the first path year's market factor is drawn: plain, or in its trial's stratum. */
  private final Sampling sampling;

  /** The persistence φ of the market factor from one path year to the next. */
  private final double persistence;

  /** The cash of the whole path, when it has more than one year; null otherwise. */
  private final CashTimeline pathTimeline;

  /** The path year being simulated, 0 for the first. */
  private int year;

  /**
   * The {@code a} coordinate of this path year's streams: the trial in the low 32 bits, the path
   * year in the high 32, so the first year's streams are the one-year trial's.
   */
  private long streamTrial;

  private final RandomStream strikes;

  /** Where the current trial's figures go in the results: its index less the results' first. */
  private int slot;

  /** Draws of the incident being resolved: a fixed slot of the deal's stream per risk. */
  private final RandomStream incident;

  private final DealDraws deal;
  private final CashTimeline timeline = new CashTimeline();

  /** Struck (deal, risk) pairs of the current trial, packed as {@code deal << 5 | risk}. */
  private long[] incidents = new long[1024];

  /** The merge buffer of {@link #mergeRuns} and the run boundaries it merges. */
  private long[] merged = new long[1024];

  private final int[] runEnds = new int[RISKS.length];

  /**
   * How many of the current trial's incidents strike each deal, while {@link #resolveLoneIncidents}
   * sorts them; all zero between trials.
   */
  private final byte[] hitsOnDeal;

  /**
   * Deals whose stream keys are computed at once, and the keys: one risk's lone incidents' deals in
   * {@link #resolveLoneIncidents}, then the deals resolved in deal order in {@link #resolveDeals}.
   */
  private int[] keyedDeals = new int[256];

  private long[] keyedOrigins = new long[256];

  private long[] keyedGammas = new long[256];

  /**
   * Whether the deals may be resolved out of their index order: nobody watches the order in which
   * payouts are booked (no observer, no claim sink), only their sums.
   */
  private final boolean anyOrder;

  private int trial;

  /** This trial's market factor: a bad year (low Z) also moves the loaded quantities. */
  private double z;

  private long compensations;
  private long refunds;
  private long buyBackCash;
  private long buyBackLoss;
  private long advanced;
  private long recovered;
  private long writtenOff;
  private int payouts;
  private final long[] costByGuarantee = new long[GuaranteeCode.values().length];
  private final int[] countByGuarantee = new int[GuaranteeCode.values().length];
  private final long[] cashOutByMonth = new long[CompiledScenario.PROFILE_MONTHS];
  private final long[] outstandingByMonth = new long[CompiledScenario.PROFILE_MONTHS];

  /** For the deal being resolved: cancelled, and what its seller kept of the deposit. */
  private boolean cancelled;

  /** Whether the deal being resolved was cancelled before its signing: only then does it break. */
  private boolean cancelledBeforeSigning;

  private int currentDeal;
  private RiskKind currentRisk;
  private final EngineObserver observer;

  /** Takes every payout as it is booked; null when the run writes no claims. */
  private final ClaimSink.Recorder claims;

  private long sellerKeptFen;

  TrialWorker(CompiledScenario scenario, long seed, EngineObserver observer) {
    this(new CompiledScenario[] {scenario}, new int[] {0}, seed, Sampling.plain(), observer, null);
  }

  /**
   * A worker for paths of {@code years.length} years, path year {@code y} simulated with {@code
   * years[y]} from day {@code yearStarts[y]} of the path, the first year's market factor drawn by
   * {@code sampling}, every payout told to {@code claims} (when not null) as it is booked.
   */
  TrialWorker(
      CompiledScenario[] years,
      int[] yearStarts,
      long seed,
      Sampling sampling,
      EngineObserver observer,
      ClaimSink.Recorder claims) {
    this.sampling = sampling;
    this.observer = observer;
    this.claims = claims;
    this.years = years.clone();
    this.yearStarts = yearStarts.clone();
    this.scenario = years[0];
    this.rules = scenario.rules;
    this.layout = scenario.layout;
    this.persistence = scenario.scenario.programme().persistence();
    this.pathTimeline =
        years.length == 1
            ? null
            : new CashTimeline(yearStarts[years.length - 1] + CashTimeline.DAYS);
    this.strikes = new RandomStream(seed);
    int mostDeals = 0;
    for (CompiledScenario year : years) {
      mostDeals = Math.max(mostDeals, year.layout.deals());
    }
    this.hitsOnDeal = new byte[mostDeals];
    this.anyOrder = observer == null && claims == null;
    this.deal = new DealDraws(scenario, seed);
    this.incident = deal.incidents();
  }

  /**
   * Simulates trial {@code trialIndex}, every year of its path, and stores its figures in {@code
   * results}: the first year's as a one-year run's, each year's in the path results.
   */
  void run(int trialIndex, TrialResults results) {
    slot = trialIndex - results.firstTrial;
    int incidentsOfPath = 0;
    if (pathTimeline != null) {
      pathTimeline.clear();
    }
    double lastYear = 0;
    for (int y = 0; y < years.length; y++) {
      enterYear(y);
      startTrial(trialIndex);
      z = y == 0 ? marketFactor() : persistent(lastYear);
      lastYear = z;
      int count = strike(z);
      int inOrder = anyOrder ? resolveLoneIncidents(count) : count;
      mergeRuns();
      resolveDeals(inOrder);
      perReportClaims();
      if (y == 0) {
        store(results);
      }
      storeYear(results.path());
      incidentsOfPath += count;
    }
    if (pathTimeline != null) {
      results.path().pathPeak[slot] = pathTimeline.peak();
    }
    results.incidents[slot] = incidentsOfPath;
  }

  private void enterYear(int pathYear) {
    year = pathYear;
    scenario = years[pathYear];
    layout = scenario.layout;
    deal.use(scenario);
  }

  /** The market factor of a later path year: AR(1) on the last year's, still N(0, 1). */
  private double persistent(double lastYear) {
    double fresh = Normal.sample(strikes.reset(StreamKind.TRIAL, streamTrial, 0));
    return persistence * lastYear + Math.sqrt(1 - persistence * persistence) * fresh;
  }

  private void startTrial(int trialIndex) {
    trial = trialIndex;
    streamTrial = ((long) year << 32) | trialIndex;
    z = 0;
    compensations = 0;
    refunds = 0;
    buyBackCash = 0;
    buyBackLoss = 0;
    advanced = 0;
    recovered = 0;
    writtenOff = 0;
    payouts = 0;
    Arrays.fill(costByGuarantee, 0);
    Arrays.fill(countByGuarantee, 0);
    timeline.clear();
  }

  /**
   * The trial's latent market factor Z ~ N(0, 1), shared by every deal and risk: Φ⁻¹ of the trial's
   * own uniform, placed in its stratum when the run is stratified.
   */
  private double marketFactor() {
    double own = strikes.reset(StreamKind.TRIAL, streamTrial, 0).nextUniform();
    if (!sampling.stratified()) {
      return Normal.inverseCdf(own);
    }
    long rotation = strikes.reset(StreamKind.STRATA, trial % Sampling.BATCHES, 0).nextLong();
    return Normal.inverseCdf(sampling.uniform(trial, own, rotation));
  }

  /** How many ascending runs {@link #runEnds} holds: one per risk that struck at all. */
  private int runs;

  /**
   * Finds every (deal, risk) the trial's risks strike, one ascending run of deals per risk in stage
   * order (each risk's geometric skips produce its hits in ascending order already), and returns
   * how many there are.
   */
  private int strike(double z) {
    int count = 0;
    runs = 0;
    for (RiskKind risk : RISKS) {
      double p = scenario.copulas[risk.ordinal()].conditionalProbability(z);
      if (!(p > 0)) {
        continue;
      }
      int start = scenario.segmentStart(risk.segment());
      long size = (long) scenario.segmentEnd(risk.segment()) - start;
      double logMiss = GeometricSkip.logMiss(p);
      strikes.reset(StreamKind.STRIKES.tag(risk.ordinal()), streamTrial, 0);
      int runStart = count;
      for (long hit = GeometricSkip.skip(strikes, logMiss);
          hit < size;
          hit = GeometricSkip.next(strikes, logMiss, hit)) {
        if (count == incidents.length) {
          incidents = Arrays.copyOf(incidents, count * 2);
        }
        incidents[count++] = ((start + hit) << RISK_BITS) | risk.ordinal();
      }
      if (count > runStart) {
        runEnds[runs++] = count;
      }
    }
    return count;
  }

  /**
   * Resolves at once every incident that is alone on its deal outside the swap chains, risk by
   * risk, and keeps the others ({@link #runs} ascending runs again, at the front of {@link
   * #incidents}) for {@link #resolveDeals}; returns how many it kept. Such an incident's payout
   * depends on its deal's own draws alone, which sit at fixed places of the deal's stream, and what
   * it adds to the trial's sums and its cash timeline does not depend on when it is added: the
   * figures are the same bits as in deal order. Risk by risk, the same code runs many times in a
   * row, which the processor predicts far better than a stage chosen afresh for each deal; and only
   * the few kept incidents (several on one deal, or on a chain) are merged into deal order.
   */
  private int resolveLoneIncidents(int count) {
    for (int k = 0; k < count; k++) {
      hitsOnDeal[(int) (incidents[k] >>> RISK_BITS)]++;
    }
    int chained = layout.dealsInChains();
    int kept = 0;
    int from = 0;
    int keptRuns = 0;
    for (int r = 0; r < runs; r++) {
      int end = runEnds[r];
      int keptBefore = kept;
      int lone = 0;
      ensureKeyed(end - from);
      for (int k = from; k < end; k++) {
        long hit = incidents[k];
        int index = (int) (hit >>> RISK_BITS);
        if (index < chained || hitsOnDeal[index] > 1) {
          incidents[kept++] = hit;
        } else {
          hitsOnDeal[index] = 0;
          keyedDeals[lone++] = index;
        }
      }
      if (lone > 0) {
        RiskKind risk = RISKS[(int) (incidents[end - 1] & RISK_MASK)];
        deal.keys(streamTrial, keyedDeals, lone, keyedOrigins, keyedGammas);
        for (int i = 0; i < lone; i++) {
          enterDeal(keyedDeals[i], i);
          resolveIncident(risk);
        }
      }
      if (kept > keptBefore) {
        runEnds[keptRuns++] = kept;
      }
      from = end;
    }
    runs = keptRuns;
    for (int k = 0; k < kept; k++) {
      hitsOnDeal[(int) (incidents[k] >>> RISK_BITS)] = 0;
    }
    return kept;
  }

  /**
   * Merges the {@link #runs} ascending runs {@code incidents[runEnds[i-1], runEnds[i])} pairwise,
   * bottom-up, into one ascending array: log2(runs) linear passes, no allocation once the buffer is
   * large enough.
   */
  private void mergeRuns() {
    if (merged.length < incidents.length) {
      merged = new long[incidents.length];
    }
    while (runs > 1) {
      int out = 0;
      int from = 0;
      int merges = 0;
      for (int r = 0; r < runs; r += 2) {
        int middle = runEnds[r];
        int end = r + 1 < runs ? runEnds[r + 1] : middle;
        int i = from;
        int j = middle;
        while (i < middle && j < end) {
          merged[out++] = incidents[i] <= incidents[j] ? incidents[i++] : incidents[j++];
        }
        while (i < middle) {
          merged[out++] = incidents[i++];
        }
        while (j < end) {
          merged[out++] = incidents[j++];
        }
        runEnds[merges++] = end;
        from = end;
      }
      long[] swap = incidents;
      incidents = merged;
      merged = swap;
      runs = merges;
    }
  }

  /**
   * Resolves the struck deals in index order. A chain's deals are consecutive and funding runs from
   * lower to higher index, so a purchase broken by its funding sale is always reached after that
   * sale: one pending purchase at a time suffices.
   */
  private void resolveDeals(int count) {
    int keyed = keyStruckDeals(count);
    int nextKeyed = 0;
    int i = 0;
    int pendingBreak = NO_DEAL;
    long keptForPending = 0;
    while (i < count || pendingBreak != NO_DEAL) {
      int next = i < count ? (int) (incidents[i] >>> RISK_BITS) : Integer.MAX_VALUE;
      int current = pendingBreak != NO_DEAL && pendingBreak <= next ? pendingBreak : next;
      boolean brokenByChain = current == pendingBreak;
      int end = i;
      while (end < count && (int) (incidents[end] >>> RISK_BITS) == current) {
        end++;
      }
      // A purchase broken by its funding sale but struck by nothing has no key computed ahead.
      if (nextKeyed < keyed && keyedDeals[nextKeyed] == current) {
        enterDeal(current, nextKeyed++);
      } else {
        enterDeal(current);
      }
      resolveDeal(i, end, brokenByChain, keptForPending);
      i = end;
      pendingBreak = NO_DEAL;
      if (cancelledBeforeSigning && layout.fundsNext(current)) {
        deal.moveTo(streamTrial, current + 1);
        if (!rescued()) {
          pendingBreak = current + 1;
          keptForPending = sellerKeptFen;
        }
      }
    }
  }

  /**
   * Computes at once the stream keys of the deals that incidents {@code [0, count)} (in deal order)
   * strike, into {@link #keyedDeals} and its keys, and returns how many deals there are.
   */
  private int keyStruckDeals(int count) {
    ensureKeyed(count);
    int deals = 0;
    int last = NO_DEAL;
    for (int k = 0; k < count; k++) {
      int index = (int) (incidents[k] >>> RISK_BITS);
      if (index != last) {
        keyedDeals[deals++] = index;
        last = index;
      }
    }
    if (deals > 0) {
      deal.keys(streamTrial, keyedDeals, deals, keyedOrigins, keyedGammas);
    }
    return deals;
  }

  /** Room for at least {@code deals} keyed deals. */
  private void ensureKeyed(int deals) {
    if (keyedDeals.length < deals) {
      keyedDeals = new int[deals];
      keyedOrigins = new long[deals];
      keyedGammas = new long[deals];
    }
  }

  /** Resolves the current deal's incidents {@code from} to {@code to}, and its chain's break. */
  private void resolveDeal(int from, int to, boolean brokenByChain, long keptFromSale) {
    boolean chainResolved = !brokenByChain;
    for (int k = from; k < to && !cancelled; k++) {
      RiskKind risk = RISKS[(int) (incidents[k] & RISK_MASK)];
      if (!chainResolved && risk.ordinal() > LAST_BEFORE_SIGNING) {
        // The purchase breaks before its signing: after its own pre-signing incidents.
        breakPurchase(keptFromSale);
        chainResolved = true;
        if (cancelled) {
          break;
        }
      }
      resolveIncident(risk);
    }
    if (!chainResolved && !cancelled) {
      breakPurchase(keptFromSale);
    }
  }

  /**
   * Points the worker at deal {@code index}, nothing of it drawn and nothing happened to it yet.
   */
  private void enterDeal(int index) {
    deal.moveTo(streamTrial, index);
    enteredDeal(index);
  }

  /** As {@link #enterDeal(int)}, its stream key computed ahead: the {@code i}th keyed deal's. */
  private void enterDeal(int index, int i) {
    deal.moveTo(index, keyedOrigins[i], keyedGammas[i]);
    enteredDeal(index);
  }

  private void enteredDeal(int index) {
    currentDeal = index;
    cancelled = false;
    cancelledBeforeSigning = false;
    sellerKeptFen = 0;
  }

  /** Resolves an incident of {@code risk} on the current deal, from the risk's block of draws. */
  private void resolveIncident(RiskKind risk) {
    deal.incidentStream(risk.ordinal());
    currentRisk = risk;
    if (observer != null) {
      observer.incident(trial, currentDeal, risk, deal.priceFen(), depositSeen());
    }
    resolve(risk);
  }

  /**
   * Resolves one incident of {@code risk} on {@code dealIndex} in {@code trialIndex}, alone, and
   * returns its net cost in fen: the per-incident path (deal draws, severity, payout formula,
   * advance recovery) without the trial around it. For benchmarks.
   */
  long resolveOne(int trialIndex, int dealIndex, RiskKind risk) {
    startTrial(trialIndex);
    enterDeal(dealIndex);
    deal.incidentStream(risk.ordinal());
    currentRisk = risk;
    resolve(risk);
    return compensations + refunds + buyBackLoss + writtenOff;
  }

  private void resolve(RiskKind risk) {
    switch (risk) {
      case SEIZURE_BEFORE_SIGNING -> seizureBeforeSigning();
      case BUYER_CANNOT_FUND -> cancelBeforeSigning(deal.legalDepositFen());
      case LOAN_REFUSED -> loanRefused();
      case SEIZURE_AFTER_SIGNING -> seizureAfterSigning();
      case TAX_ERROR ->
          pay(
              GuaranteeCode.TAX_ESTIMATE,
              rules.taxEstimate(0, severityFen(risk)),
              deal.secondMilestoneDay());
      case FEE_ARREARS ->
          payIfDiscoveredInTime(
              GuaranteeCode.FEE_ARREARS,
              rules.feeArrears(severityFen(risk), deal.holdbackFen()),
              deal.thirdMilestoneDay());
      case HUKOU_NOT_MOVED ->
          pay(
              GuaranteeCode.HUKOU_NOT_MOVED,
              rules.hukouNotMoved(severityFen(risk), 0),
              deal.thirdMilestoneDay());
      case LEAK ->
          payIfDiscoveredInTime(
              GuaranteeCode.LEAK_WARRANTY,
              rules.leakWarranty(severityFen(risk)),
              deal.thirdMilestoneDay());
      case STIGMATIZED_HOME ->
          buyBack(GuaranteeCode.STIGMATIZED_HOME, rules.stigmatizedHome(deal.priceFen()));
      case RADIATION -> buyBack(GuaranteeCode.RADIATION, rules.radiation(deal.priceFen()));
      case NEW_HOME_SUBSCRIPTION -> newHomeSubscription();
      case NEW_HOME_PRICE -> {
        long difference = severityFen(risk);
        pay(
            GuaranteeCode.NEW_HOME_PRICE,
            rules.newHomePrice(deal.priceFen() + difference, deal.priceFen()),
            deal.firstMilestoneDay());
      }
      case RENTAL_SWITCH -> {
        pay(
            GuaranteeCode.RENTAL_SWITCH,
            rules.rentalSwitch(severityFen(risk)),
            deal.firstMilestoneDay());
        markCancelled();
      }
      case RENTAL_LEAK -> {
        long days = (long) Math.floor(severity(risk));
        pay(
            GuaranteeCode.RENTAL_LEAK,
            rules.rentalLeak(PayoutRules.dailyRent(deal.priceFen()), days),
            deal.firstMilestoneDay());
      }
      case RENTAL_DEPOSIT -> {
        long deposit = deal.securityDepositFen();
        long withheld = Fen.share(deposit, severity(risk));
        pay(
            GuaranteeCode.RENTAL_DEPOSIT,
            rules.rentalDeposit(deposit, deposit - withheld, 0),
            deal.secondMilestoneDay());
      }
    }
  }

  /** 签前查封: the deal ends without penalty; the owners keep part of the deposit for a while. */
  private void seizureBeforeSigning() {
    long deposit = deal.depositFen();
    long unrefunded = Fen.share(deposit, severity(RiskKind.SEIZURE_BEFORE_SIGNING));
    pay(
        GuaranteeCode.PRE_SIGNING_SEIZURE,
        rules.preSigningSeizure(deposit, deposit - unrefunded),
        deal.firstMilestoneDay());
    cancelBeforeSigning(0);
  }

  private void loanRefused() {
    if (!deal.hasLoan()) {
      return;
    }
    if (deal.hasLoanClause()) {
      // Nobody at fault: the deposit comes back and so does our commission.
      commissionRefund(deal.firstMilestoneDay());
      cancelAfterSigning(0);
      return;
    }
    long forfeited = deal.legalDepositFen();
    pay(GuaranteeCode.LOAN_REFUSAL, rules.loanRefusal(false, forfeited), deal.firstMilestoneDay());
    cancelAfterSigning(forfeited);
  }

  /** A seizure after signing: the seller fails to refund part of what was paid. */
  private void seizureAfterSigning() {
    long unrefunded = Fen.share(deal.priceFen(), severity(RiskKind.SEIZURE_AFTER_SIGNING));
    long litigation = Fen.of(scenario.litigationCost.sample(incident, deal));
    pay(
        GuaranteeCode.FUNDS_SAFETY,
        rules.fundsSafety(unrefunded, 0, litigation),
        deal.secondMilestoneDay());
    commissionRefund(deal.secondMilestoneDay());
    cancelAfterSigning(0);
  }

  private void newHomeSubscription() {
    long subscription = deal.subscriptionFen();
    long unrefunded = Fen.share(subscription, severity(RiskKind.NEW_HOME_SUBSCRIPTION));
    pay(
        GuaranteeCode.NEW_HOME_SUBSCRIPTION,
        rules.newHomeSubscription(subscription, subscription - unrefunded),
        deal.firstMilestoneDay());
    markCancelled();
  }

  /**
   * The purchase's funding sale broke and was not rescued: the intermediary cannot pay, is at fault
   * on the purchase and forfeits its legal deposit; SWAP_CANCELLATION pays the swap loss against
   * what the intermediary kept from the broken sale (DESIGN.md §4). The purchase is broken before
   * its signing, so its own break breaks the purchase it funds in turn.
   */
  private void breakPurchase(long keptFromSaleFen) {
    currentRisk = null;
    if (observer != null) {
      observer.chainBreak(trial, currentDeal);
    }
    long forfeited = deal.legalDepositFen();
    // Its own block of the deal's stream, after the risks': an advance's recovery draws here.
    deal.incidentStream(RISKS.length);
    pay(
        GuaranteeCode.SWAP_CANCELLATION,
        rules.swapCancellation(forfeited, keptFromSaleFen),
        deal.firstMilestoneDay());
    cancelBeforeSigning(forfeited);
  }

  /**
   * A buy-back of {@code cashFen}, the formula's price paid. The home is ours now: nothing else
   * happens to the deal, but the sale was not cancelled, so a purchase it funds stands.
   */
  private void buyBack(GuaranteeCode code, long cashFen) {
    long cash = covered(code) ? cashFen : 0;
    if (cash == 0) {
      return;
    }
    // The discovery window counts from the transfer; the filing window from the discovery.
    int found = discoveredOn(code, deal.secondMilestoneDay());
    int payDay = found == LATE ? LATE : filingDay(code, found);
    if (payDay == LATE) {
      return;
    }
    if (observer != null) {
      observer.paid(trial, currentDeal, code, cash);
    }
    double discount =
        loaded(scenario.resaleDiscount, scenario.resaleDiscountLoading, true, RESALE_DISCOUNT);
    long proceeds = Fen.share(cash, 1.0 - discount);
    long loss = PayoutRules.buyBackLoss(cash, proceeds);
    // Drawn after the incident's own draws, so it moves none of them.
    int held =
        loadedDays(
            scenario.buyBackHoldingDays,
            incident,
            scenario.resaleDelayLoading,
            deal.block(),
            RESALE_DELAY);
    payHeld(payDay, cash, payDay + held);
    if (claims != null) {
      claim(code, payDay, PayoutKind.BUYBACK, cash, cash - loss, loss);
    }
    buyBackCash = Math.addExact(buyBackCash, cash);
    buyBackLoss = Math.addExact(buyBackLoss, loss);
    record(code, loss);
    markCancelled();
  }

  /** The commission refunded after a cancellation on {@code day}, when claimed in time. */
  private void commissionRefund(int day) {
    long refund =
        covered(GuaranteeCode.COMMISSION_REFUND)
            ? rules.commissionRefund(false, deal.commissionFen())
            : 0;
    int payDay = refund > 0 ? filingDay(GuaranteeCode.COMMISSION_REFUND, day) : LATE;
    if (payDay != LATE) {
      payCash(payDay, refund);
      if (claims != null) {
        claim(GuaranteeCode.COMMISSION_REFUND, payDay, PayoutKind.REFUND, refund, 0, 0);
      }
      if (observer != null) {
        observer.paid(trial, currentDeal, GuaranteeCode.COMMISSION_REFUND, refund);
      }
      refunds = Math.addExact(refunds, refund);
      costByGuarantee[GuaranteeCode.COMMISSION_REFUND.ordinal()] =
          Math.addExact(costByGuarantee[GuaranteeCode.COMMISSION_REFUND.ordinal()], refund);
      countByGuarantee[GuaranteeCode.COMMISSION_REFUND.ordinal()]++;
    }
  }

  /**
   * Ends the deal before its signing, which breaks the purchase it funds (if it funds one); {@code
   * keptBySellerFen} is the deposit money its seller keeps.
   */
  private void cancelBeforeSigning(long keptBySellerFen) {
    markCancelled();
    cancelledBeforeSigning = true;
    sellerKeptFen = keptBySellerFen;
  }

  /**
   * Ends the deal after its signing: by then the purchase it funds is signed too, and a signed
   * purchase is not broken by its funding sale (see the class comment).
   */
  private void cancelAfterSigning(long keptBySellerFen) {
    markCancelled();
    sellerKeptFen = keptBySellerFen;
  }

  private void markCancelled() {
    cancelled = true;
    if (observer != null) {
      observer.cancelled(trial, currentDeal, currentRisk);
    }
  }

  /** The deposit-like amount of the current deal, for observers. */
  private long depositSeen() {
    return switch (deal.segment()) {
      case RESALE -> deal.depositFen();
      case NEW_HOME -> deal.subscriptionFen();
      case RENTAL -> deal.securityDepositFen();
    };
  }

  /**
   * Pays {@code amountFen} under {@code code} as the catalog's payout kind says, on {@code day}.
   */
  private void pay(GuaranteeCode code, long amountFen, int day) {
    if (amountFen <= 0 || !covered(code)) {
      return;
    }
    int payDay = filingDay(code, day);
    if (payDay == LATE) {
      return;
    }
    if (observer != null) {
      observer.paid(trial, currentDeal, code, amountFen);
    }
    PayoutKind kind = rules.kind(code);
    if (kind == PayoutKind.ADVANCE) {
      advance(code, amountFen, payDay);
      return;
    }
    payCash(payDay, amountFen);
    if (claims != null) {
      // Booked as it is below: a refund, or else a compensation.
      claim(
          code,
          payDay,
          kind == PayoutKind.REFUND ? kind : PayoutKind.COMPENSATION,
          amountFen,
          0,
          0);
    }
    if (kind == PayoutKind.REFUND) {
      refunds = Math.addExact(refunds, amountFen);
      costByGuarantee[code.ordinal()] = Math.addExact(costByGuarantee[code.ordinal()], amountFen);
      countByGuarantee[code.ordinal()]++;
    } else {
      compensations = Math.addExact(compensations, amountFen);
      record(code, amountFen);
    }
  }

  /**
   * The day the current incident's claim under {@code code} is filed and paid, {@code triggerDay}
   * being the day its filing window counts from, or {@link #LATE} when the customer files after the
   * catalog's window and the claim is rejected, as {@code claims assess} rejects it. The delay is
   * drawn at a reserved position of the incident's block, so it moves no other draw.
   */
  private int filingDay(GuaranteeCode code, int triggerDay) {
    // A commission refund may follow the incident's own claim: its own position.
    int claim = code == GuaranteeCode.COMMISSION_REFUND ? FILING_REFUND : FILING_CLAIM;
    int delay = scenario.filingDelayDays.days(deal.reserved(deal.block(), claim), deal);
    if (rules.isFiledInTime(code, delay)) {
      return triggerDay + delay;
    }
    if (claims != null) {
      claims.rejected(
          trial, year, code, deal.segment(), currentDeal, yearStarts[year] + triggerDay + delay);
    }
    return LATE;
  }

  /**
   * The day the current incident's fact comes to light, {@code openingDay} being the day the
   * guarantee's window on it opens (the handover, the transfer), or {@link #LATE} when that is
   * outside the catalog's window (a leak found after the warranty) and the claim is rejected, as
   * {@code claims assess} rejects it. The delay is drawn at a reserved position of the incident's
   * block.
   */
  private int discoveredOn(GuaranteeCode code, int openingDay) {
    DaySampler delay = scenario.discoveryDelayDays[currentRisk.ordinal()];
    int days = delay.days(deal.reserved(deal.block(), DISCOVERY), deal);
    if (rules.isWithinFactWindow(code, days)) {
      return openingDay + days;
    }
    if (claims != null) {
      claims.rejected(
          trial, year, code, deal.segment(), currentDeal, yearStarts[year] + openingDay + days);
    }
    return LATE;
  }

  /** Pays a claim whose fact must come to light inside its window, which opens on {@code day}. */
  private void payIfDiscoveredInTime(GuaranteeCode code, long amountFen, int openingDay) {
    if (amountFen <= 0 || !covered(code)) {
      return;
    }
    int found = discoveredOn(code, openingDay);
    if (found != LATE) {
      pay(code, amountFen, found);
    }
  }

  /** Whether the catalog's guarantee covers the current deal's segment, as claims assess asks. */
  private boolean covered(GuaranteeCode code) {
    return rules.covers(code, deal.segment());
  }

  /** An advance: paid now, its recovered share and delay drawn now, the rest written off. */
  private void advance(GuaranteeCode code, long amountFen, int day) {
    double share =
        loaded(scenario.recoveredShare, scenario.recoveredShareLoading, false, RECOVERED_SHARE);
    long back = Math.min(amountFen, Fen.share(amountFen, share));
    int delay =
        loadedDays(
            scenario.recoveryDelayDays,
            incident,
            scenario.recoveryDelayLoading,
            deal.block(),
            RECOVERY_DELAY);
    // Outstanding until the recovery settles it (what does not come back is written off then),
    // or, when nothing is back within the catalog's write-off window — it comes too late, or
    // nothing comes at all — the day after the window: the broker pursues it until then.
    long settled = (long) day + delay;
    if (rules.isWrittenOff(code, delay) || back == 0) {
      back = 0;
      settled = (long) day + rules.writeOffAfterDays(code) + 1;
    }
    advanced = Math.addExact(advanced, amountFen);
    recovered = Math.addExact(recovered, back);
    writtenOff = Math.addExact(writtenOff, amountFen - back);
    payHeld(day, amountFen, settled);
    if (claims != null) {
      claim(code, day, PayoutKind.ADVANCE, amountFen, back, amountFen - back);
    }
    record(code, amountFen - back);
  }

  /**
   * A draw of {@code sampler} for the current incident, moved by the year when {@code loading} is
   * above 0: then the latent normal is read at reserved position {@code quantity} of the incident's
   * block. The deal's own draw keeps its place in the stream either way (its value is not needed
   * when loaded), so a loading moves no other draw of the deal.
   */
  private double loaded(Sampler sampler, double loading, boolean growsInBadYears, int quantity) {
    if (loading == 0) {
      return sampler.sample(incident, deal);
    }
    sampler.skip(incident);
    return MarketLoading.draw(
        sampler, loading, z, growsInBadYears, deal.reserved(deal.block(), quantity));
  }

  /**
   * As {@link #loaded}, for a whole number of days that grows in bad years, drawn from {@code own}
   * (the incident's cursor or the rescue's), its latent normal at reserved position {@code
   * quantity} of block {@code block}.
   */
  private int loadedDays(
      DaySampler sampler, RandomStream own, double loading, int block, int quantity) {
    if (loading == 0) {
      return sampler.days(own, deal);
    }
    sampler.skip(own);
    return sampler.daysAtLatent(
        MarketLoading.latent(loading, z, true, deal.reserved(block, quantity)));
  }

  /**
   * Whether a resale of the broken funding sale's home rescues the purchase the worker's draws are
   * on: a buyer is found at all ({@code swap.rescueProbability}), and the resale comes on or before
   * the window's last day, {@code swap.resaleWindowDays} after the break — the rule {@code claims
   * assess} applies to a case file's resale window.
   */
  private boolean rescued() {
    if (!deal.resaleFound()) {
      return false;
    }
    int days =
        loadedDays(
            scenario.resaleDelayDays,
            deal.resaleDelayStream(),
            scenario.resaleDelayLoading,
            RESCUE_BLOCK,
            RESALE_DELAY);
    return days <= scenario.resaleWindowDays;
  }

  /** Counts a paid claim (compensation, advance or buy-back) and its net cost. */
  private void record(GuaranteeCode code, long netCostFen) {
    payouts++;
    costByGuarantee[code.ordinal()] = Math.addExact(costByGuarantee[code.ordinal()], netCostFen);
    countByGuarantee[code.ordinal()]++;
  }

  /** TRUE_LISTING and NO_COLD_CALLS: yearly Poisson counts, each report paid by the formula. */
  private void perReportClaims() {
    // Each report or call is a claim of its own, capped on its own: the formula for one of them.
    perReport(GuaranteeCode.TRUE_LISTING, scenario.trueListingPerYear, 0, rules.trueListing(1));
    perReport(GuaranteeCode.NO_COLD_CALLS, scenario.noColdCallsPerYear, 1, rules.noColdCalls(1));
  }

  private void perReport(GuaranteeCode code, double mean, int counter, long each) {
    if (!rules.offers(code) || !(mean > 0)) {
      return;
    }
    long reports = Poisson.sample(strikes.reset(StreamKind.COUNT, streamTrial, counter), mean);
    if (reports == 0 || each == 0) {
      return;
    }
    long total = Math.multiplyExact(reports, each);
    if (observer != null) {
      observer.paid(trial, -1, code, total);
    }
    if (claims != null) {
      claims.claim(trial, year, code, null, -1, -1, PayoutKind.COMPENSATION, reports, total, 0, 0);
    }
    compensations = Math.addExact(compensations, total);
    payCourseOfYear(total);
    payouts = Math.addExact(payouts, Math.toIntExact(reports));
    costByGuarantee[code.ordinal()] = Math.addExact(costByGuarantee[code.ordinal()], total);
    countByGuarantee[code.ordinal()] =
        Math.addExact(countByGuarantee[code.ordinal()], Math.toIntExact(reports));
  }

  /** Tells the claim sink of a payout on the current deal, paid on {@code day} of the year. */
  private void claim(
      GuaranteeCode code,
      int day,
      PayoutKind kind,
      long amountFen,
      long recoveredFen,
      long writtenOffFen) {
    claims.claim(
        trial,
        year,
        code,
        deal.segment(),
        currentDeal,
        yearStarts[year] + day,
        kind,
        1,
        amountFen,
        recoveredFen,
        writtenOffFen);
  }

  /** Cash out on {@code day} of the current path year that never comes back. */
  private void payCash(int day, long fen) {
    if (year == 0) {
      timeline.pay(day, fen);
    }
    if (pathTimeline != null) {
      pathTimeline.pay(yearStarts[year] + day, fen);
    }
  }

  /**
   * Cash out on {@code day} of the current path year, outstanding until {@code releaseDay} of it
   * (which may lie past any timeline's end: each keeps it on its last day).
   */
  private void payHeld(int day, long fen, long releaseDay) {
    if (year == 0) {
      timeline.payHeld(day, fen, releaseDay);
    }
    if (pathTimeline != null) {
      int start = yearStarts[year];
      pathTimeline.payHeld(start + day, fen, start + releaseDay);
    }
  }

  /**
   * A year's per-report payments, which have no day of their own: spread over the simulated year's
   * months in equal parts to the fen, on each month's first day.
   */
  private void payCourseOfYear(long totalFen) {
    int[] starts = scenario.monthStarts;
    long before = 0;
    for (int m = 0; m < 12; m++) {
      long upTo = totalFen / 12 * (m + 1) + totalFen % 12 * (m + 1) / 12;
      payCash(starts[m], upTo - before);
      before = upTo;
    }
  }

  private double severity(RiskKind risk) {
    return scenario.severity[risk.ordinal()].sample(incident, deal);
  }

  private long severityFen(RiskKind risk) {
    return Fen.of(severity(risk));
  }

  /**
   * The current path year's figures, into the path results; the first year's columns are the run's
   * own (the path results share them), so they are written here once.
   */
  private void storeYear(PathResults path) {
    int t = slot;
    int y = year;
    path.netCost[y][t] = compensations + refunds + buyBackLoss + writtenOff;
    path.grossPaid[y][t] = compensations + advanced + buyBackCash;
    path.refunds[y][t] = refunds;
    path.advanced[y][t] = advanced;
    path.recovered[y][t] = recovered;
    path.writtenOff[y][t] = writtenOff;
    path.payouts[y][t] = payouts;
    path.marketFactor[y][t] = z;
  }

  /**
   * The first year's figures that only a one-year trial has (its cash, its guarantees); the net
   * cost, gross paid and the other columns it shares with the path results come from {@link
   * #storeYear}.
   */
  private void store(TrialResults results) {
    int t = slot;
    results.peakOutstanding[t] = timeline.peak();
    results.boughtBack[t] = buyBackCash;
    results.buyBackLoss[t] = buyBackLoss;
    results.compensations[t] = compensations;
    timeline.months(scenario.monthStarts, cashOutByMonth, outstandingByMonth);
    for (int m = 0; m < cashOutByMonth.length; m++) {
      results.cashOutByMonth[m][t] = cashOutByMonth[m];
      results.outstandingByMonth[m][t] = outstandingByMonth[m];
    }
    for (int g = 0; g < costByGuarantee.length; g++) {
      results.costByGuarantee[g][t] = costByGuarantee[g];
      results.countByGuarantee[g][t] = countByGuarantee[g];
    }
  }
}
