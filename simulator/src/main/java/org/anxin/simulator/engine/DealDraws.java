package org.anxin.simulator.engine;

import org.anxin.domain.deal.DealKind;
import org.anxin.domain.deposit.DepositLaw;
import org.anxin.simulator.random.RandomStream;
import org.anxin.simulator.random.StreamKind;
import org.anxin.simulator.scenario.DealAttribute;

/**
 * The attributes of the deal a worker is looking at, drawn lazily from the deal's own stream {@code
 * (seed, DEAL, trial, deal)}. Each attribute reads a fixed slot of that stream, so it has the same
 * value whichever incident asks first and whether or not others are ever drawn: two incidents on
 * one deal see one deal. One instance per worker, re-pointed per deal, allocating nothing.
 */
final class DealDraws {

  /** Room in the stream for each attribute (a discrete or lognormal draw uses one or two). */
  private static final int SLOT_WIDTH = 8;

  private static final int PRICE = 0;
  private static final int DEPOSIT = 1;
  private static final int HAS_LOAN = 2;
  private static final int LOAN_CLAUSE = 3;
  private static final int HOLDBACK = 4;
  private static final int START_DAY = 5;
  private static final int FIRST_STAGE = 6;
  private static final int SECOND_STAGE = 7;
  private static final int THIRD_STAGE = 8;
  private static final int RESCUE = 9;
  private static final int SLOTS = 10;

  /**
   * Incident draws (severity, recovery, litigation, resale discount) start after the attributes,
   * each risk with its own block of {@link #INCIDENT_WIDTH} numbers, far more than any incident
   * uses: what an incident draws never overlaps another's or an attribute's.
   */
  private static final int INCIDENT_WIDTH = 32;

  /** The scenario of the path year the draws are for. */
  private CompiledScenario scenario;

  private final RandomStream stream;

  /**
   * A second cursor over the same stream for incident draws, so attributes drawn lazily in the
   * middle of an incident do not move it.
   */
  private final RandomStream incidents;

  /** A second cursor over the deal's stream, for its reserved positions ({@link #reserved}). */
  private final RandomStream reserved;

  /** The block the incident cursor was last positioned at. */
  private int block;

  private final long[] values = new long[SLOTS];
  private int known;
  private DealKind segment;

  DealDraws(CompiledScenario scenario, long seed) {
    this.scenario = scenario;
    this.stream = new RandomStream(seed);
    this.incidents = new RandomStream(seed);
    this.reserved = new RandomStream(seed);
  }

  /** Draws the deals of {@code yearScenario}, a path year's scenario, from now on. */
  void use(CompiledScenario yearScenario) {
    this.scenario = yearScenario;
    known = 0;
  }

  /**
   * Points at {@code deal} of {@code trial}, the stream coordinate of a trial's path year; nothing
   * is drawn until asked for.
   */
  void moveTo(long trial, int deal) {
    stream.reset(StreamKind.DEAL, trial, deal);
    incidents.copyPositionOf(stream);
    known = 0;
    segment = scenario.segmentOf(deal);
  }

  /**
   * As {@link #moveTo}, the deal's stream key given: {@code origin} and {@code gamma} as {@link
   * #keys} computed them for {@code deal}.
   */
  void moveTo(int deal, long origin, long gamma) {
    stream.resetToKey(origin, gamma);
    incidents.copyPositionOf(stream);
    known = 0;
    segment = scenario.segmentOf(deal);
  }

  /**
   * The stream keys of {@code count} deals of {@code trial}, computed at once, for {@link
   * #moveTo(int, long, long)}.
   */
  void keys(long trial, int[] deals, int count, long[] origins, long[] gammas) {
    stream.keys(StreamKind.DEAL, trial, deals, count, origins, gammas);
  }

  DealKind segment() {
    return segment;
  }

  /** The cursor the incidents of this deal draw from; positioned by {@link #incidentStream}. */
  RandomStream incidents() {
    return incidents;
  }

  /** Positions the incident cursor at block {@code block}: a risk's number, or a chain break's. */
  void incidentStream(int block) {
    this.block = block;
    incidents.skipTo(blockStart(block));
  }

  /** The block the incident cursor was last positioned at ({@link #incidentStream}). */
  int block() {
    return block;
  }

  /**
   * The first draw a block's reserved positions begin at: an incident's own draws (severity,
   * recovery, litigation, resale discount) take fewer than {@value #RESERVED_FROM} of its block's
   * {@value #INCIDENT_WIDTH}, so positions from there on are free for draws that must move no
   * other: the latent normals of the loaded quantities and the claims' filing delays.
   */
  static final int RESERVED_FROM = 16;

  /**
   * The deal's stream at reserved position {@code offset} (0 to 15) of block {@code block}, through
   * a second cursor, so the incident's own cursor does not move, and no stream is keyed (which
   * costs a Threefry encryption; this costs two additions).
   */
  RandomStream reserved(int block, int offset) {
    return reserved.copyPositionOf(incidents).skipTo(blockStart(block) + RESERVED_FROM + offset);
  }

  private static long blockStart(int block) {
    return (long) SLOTS * SLOT_WIDTH + (long) block * INCIDENT_WIDTH;
  }

  private boolean isKnown(int slot) {
    return (known & (1 << slot)) != 0;
  }

  private long remember(int slot, long value) {
    values[slot] = value;
    known |= 1 << slot;
    return value;
  }

  private RandomStream slot(int slot) {
    return stream.skipTo((long) slot * SLOT_WIDTH);
  }

  private double draw(int slot, Sampler sampler) {
    return sampler.sample(slot(slot), this);
  }

  /** The price (resale, new home) or the monthly rent (rental), in fen; at least 1 fen. */
  long priceFen() {
    if (!isKnown(PRICE)) {
      remember(PRICE, Math.max(1, Fen.of(draw(PRICE, scenario.priceSampler(segment)))));
    }
    return values[PRICE];
  }

  /** The resale deposit paid, in fen: price × the deposit share. */
  long depositFen() {
    if (!isKnown(DEPOSIT)) {
      double share = draw(DEPOSIT, scenario.resaleDepositShare);
      remember(DEPOSIT, Fen.share(priceFen(), share));
    }
    return values[DEPOSIT];
  }

  /** The part of the deposit that is a legal deposit (定金), per the deposit law. */
  long legalDepositFen() {
    return DepositLaw.legalDepositFen(priceFen(), depositFen());
  }

  /** The subscription money of a new home, in fen. */
  long subscriptionFen() {
    if (!isKnown(DEPOSIT)) {
      remember(DEPOSIT, Fen.of(draw(DEPOSIT, scenario.newHomeSubscription)));
    }
    return values[DEPOSIT];
  }

  /** The security deposit of a lease, in fen: rent × the deposit months. */
  long securityDepositFen() {
    if (!isKnown(DEPOSIT)) {
      double months = draw(DEPOSIT, scenario.rentalDepositMonths);
      remember(DEPOSIT, Fen.share(priceFen(), months));
    }
    return values[DEPOSIT];
  }

  /** The commission charged to the customer, in fen. */
  long commissionFen() {
    return switch (segment) {
      case RESALE -> Fen.share(priceFen(), scenario.resaleCommissionRate);
      case RENTAL -> Fen.share(priceFen(), scenario.rentalCommissionMonths);
      case NEW_HOME -> 0;
    };
  }

  boolean hasLoan() {
    if (!isKnown(HAS_LOAN)) {
      remember(HAS_LOAN, slot(HAS_LOAN).nextUniform() < scenario.resaleLoanShare ? 1 : 0);
    }
    return values[HAS_LOAN] == 1;
  }

  boolean hasLoanClause() {
    if (!isKnown(LOAN_CLAUSE)) {
      remember(
          LOAN_CLAUSE, slot(LOAN_CLAUSE).nextUniform() < scenario.resaleLoanClauseShare ? 1 : 0);
    }
    return values[LOAN_CLAUSE] == 1;
  }

  /** The handover holdback, in fen. */
  long holdbackFen() {
    if (!isKnown(HOLDBACK)) {
      remember(HOLDBACK, Fen.of(draw(HOLDBACK, scenario.resaleHoldback)));
    }
    return values[HOLDBACK];
  }

  /** Whether a buyer is found at all for a resale of the home of this purchase's broken sale. */
  boolean resaleFound() {
    return slot(RESCUE).nextUniform() < scenario.rescueProbability;
  }

  /** The stream the resale's delay is drawn from: the rescue slot, after its first draw. */
  RandomStream resaleDelayStream() {
    return stream.skipTo((long) RESCUE * SLOT_WIDTH + 1);
  }

  /** The day of the simulated year the deal starts (deposit, subscription or lease), 0 = 1 Jan. */
  int startDay() {
    if (!isKnown(START_DAY)) {
      remember(START_DAY, scenario.startDays.draw(slot(START_DAY)));
    }
    return (int) values[START_DAY];
  }

  /** Day of the first milestone: signing (resale), contract (new home), move-in (rental). */
  int firstMilestoneDay() {
    return startDay() + stageDays(FIRST_STAGE);
  }

  /** Day of the second milestone: transfer (resale), handover (new home), move-out (rental). */
  int secondMilestoneDay() {
    return firstMilestoneDay() + stageDays(SECOND_STAGE);
  }

  /** Day of the resale handover. */
  int thirdMilestoneDay() {
    return secondMilestoneDay() + stageDays(THIRD_STAGE);
  }

  private int stageDays(int slot) {
    if (!isKnown(slot)) {
      remember(slot, scenario.stageDays(segment, slot - FIRST_STAGE).days(slot(slot), this));
    }
    return (int) values[slot];
  }

  /** An attribute for a {@code shareOf} severity, in fen. */
  long attributeFen(DealAttribute attribute) {
    return switch (attribute) {
      case PRICE, MONTHLY_RENT -> priceFen();
      case DEPOSIT -> segment == DealKind.RESALE ? depositFen() : 0;
      case COMMISSION -> commissionFen();
      case SUBSCRIPTION -> segment == DealKind.NEW_HOME ? subscriptionFen() : 0;
      case SECURITY_DEPOSIT -> segment == DealKind.RENTAL ? securityDepositFen() : 0;
    };
  }
}
