package org.anxin.staffing.arrivals;

import java.util.Arrays;
import org.anxin.domain.InvalidInputException;
import org.anxin.simulator.random.Poisson;
import org.anxin.simulator.random.RandomStream;
import org.anxin.simulator.random.StreamKind;
import org.anxin.staffing.model.CategoryModel;
import org.anxin.staffing.model.StaffingModel;

/**
 * Draws the complaints of one trial-year: the background's Poisson counts day by day, the
 * complaints the trial's claims file, and everything about each complaint from its own stream at
 * fixed positions (below), so that one complaint's draws never move another's. Not thread-safe: one
 * per worker.
 *
 * <p>Positions in a complaint's stream: 0 whether a payout or report files it, 1 a report's day, 2
 * the channel, 3 the hour, 4 the second within the hour, 5 a background complaint's category, 6
 * response work, 7 solution work, 8 closure work, 9–10 the wait for the customer (whether, how
 * long), 11–12 the wait for a third party, 13–14 the reopening (whether, after how long), 15 the
 * rework.
 */
// Columns hold enums as their ordinals: the arrays are the hot loop's.
@SuppressWarnings("EnumOrdinal")
public final class ArrivalGenerator {

  private static final int SECONDS_PER_HOUR = 3600;

  /**
   * The most complaints a trial-year holds: 8,388,608, a quarter of what the queue's event keys
   * address, and about 400 MB of columns while drawn.
   */
  public static final int MAX_COMPLAINTS = 1 << 23;

  private final StaffingModel model;
  private final RandomStream stream;
  private final RandomStream dayStream;
  private final long trialTag = StreamKind.COMPLAINT.tag();
  private Drawn drawn = new Drawn(1024);

  /** A generator for {@code model} under the run's {@code seed}. */
  public ArrivalGenerator(StaffingModel model, long seed) {
    this.model = model;
    this.stream = new RandomStream(seed);
    this.dayStream = new RandomStream(seed);
  }

  /** The complaints of {@code trial}, whose claims are {@code claims}, in order of receipt. */
  public Arrivals generate(int trial, IncidentLog.Claims claims) {
    drawn.size = 0;
    for (int day = 0; day < model.yearDays(); day++) {
      dayStream.reset(StreamKind.COMPLAINT_DAY, trial, day);
      long count = Poisson.sample(dayStream, model.backgroundOn(day));
      for (long k = 0; k < count; k++) {
        stream.reset(trialTag, trial, ComplaintCoordinates.background(day, k));
        stream.skipTo(5);
        int category = model.backgroundCategory(model.backgroundCategories().sample(stream));
        add(day, category, Arrivals.Source.BACKGROUND, -1);
      }
    }
    for (int i = 0; i < claims.size(); i++) {
      double p = model.fileProbability(claims.code(i));
      int code = claims.code(i).ordinal();
      if (claims.day(i) >= 0) {
        stream.reset(trialTag, trial, ComplaintCoordinates.payout(i));
        if (stream.nextUniform() < p) {
          add(claims.day(i), model.guaranteeCategory(), Arrivals.Source.PAYOUT, code);
        }
        continue;
      }
      for (long r = 0; r < claims.count(i); r++) {
        stream.reset(trialTag, trial, ComplaintCoordinates.report(i, r));
        if (stream.nextUniform() < p) {
          stream.skipTo(1);
          int day = model.reportDays().sample(stream);
          add(day, model.guaranteeCategory(), Arrivals.Source.REPORT, code);
        }
      }
    }
    return drawn.sorted();
  }

  /** Draws positions 2–4 and 6–15 of the complaint whose stream is positioned. */
  private void add(int day, int category, Arrivals.Source source, int code) {
    stream.skipTo(2);
    int channel = model.channels().sample(stream);
    int hour = model.hours(channel).sample(stream);
    int second = stream.nextInt(SECONDS_PER_HOUR);
    long received = day * StaffingModel.DAY + (long) hour * SECONDS_PER_HOUR + second;
    stream.skipTo(6);
    CategoryModel work = model.categories().get(category);
    if (drawn.size == drawn.received.length) {
      if (drawn.size >= MAX_COMPLAINTS) {
        throw new InvalidInputException(
            "complaints",
            drawn.size,
            "a trial-year holds at most "
                + MAX_COMPLAINTS
                + " complaints; lower complaints.background.perYear, the per-report counts or"
                + " complaints.fileProbability");
      }
      drawn = drawn.grown();
    }
    int i = drawn.size++;
    Arrivals a = drawn.columns;
    drawn.received[i] = received;
    a.channel[i] = (byte) channel;
    a.category[i] = (byte) category;
    a.source[i] = (byte) source.ordinal();
    a.code[i] = (byte) code;
    a.responseWork[i] = work.responseSeconds(stream);
    a.solutionWork[i] = work.solutionSeconds(stream);
    a.closureWork[i] = work.closureSeconds(stream);
    a.customerWait[i] = work.customerWaitSeconds(stream);
    a.thirdPartyWait[i] = work.thirdPartyWaitSeconds(stream);
    a.reopenAfter[i] = work.reopenAfterSeconds(stream);
    a.reworkWork[i] = work.reworkSeconds(stream);
  }

  /** The complaints in the order drawn, before sorting by receipt. */
  private static final class Drawn {
    final Arrivals columns;
    final long[] received;
    int size;

    Drawn(int capacity) {
      columns = new Arrivals(capacity);
      received = new long[capacity];
    }

    Drawn grown() {
      Drawn bigger = new Drawn(received.length * 2);
      copy(this, bigger, size);
      bigger.size = size;
      return bigger;
    }

    private static void copy(Drawn from, Drawn to, int n) {
      System.arraycopy(from.received, 0, to.received, 0, n);
      Arrivals a = from.columns;
      Arrivals b = to.columns;
      System.arraycopy(a.channel, 0, b.channel, 0, n);
      System.arraycopy(a.category, 0, b.category, 0, n);
      System.arraycopy(a.source, 0, b.source, 0, n);
      System.arraycopy(a.code, 0, b.code, 0, n);
      System.arraycopy(a.responseWork, 0, b.responseWork, 0, n);
      System.arraycopy(a.solutionWork, 0, b.solutionWork, 0, n);
      System.arraycopy(a.closureWork, 0, b.closureWork, 0, n);
      System.arraycopy(a.customerWait, 0, b.customerWait, 0, n);
      System.arraycopy(a.thirdPartyWait, 0, b.thirdPartyWait, 0, n);
      System.arraycopy(a.reopenAfter, 0, b.reopenAfter, 0, n);
      System.arraycopy(a.reworkWork, 0, b.reworkWork, 0, n);
    }

    /**
     * The complaints ordered by receipt, ties in the order drawn (the drawing order is itself a
     * function of the coordinates, so the order is too).
     */
    Arrivals sorted() {
      long[] keys = new long[size];
      for (int i = 0; i < size; i++) {
        keys[i] = (received[i] << 32) | i;
      }
      Arrays.sort(keys);
      Arrivals a = columns;
      Arrivals out = new Arrivals(size);
      for (int j = 0; j < size; j++) {
        int i = (int) keys[j];
        out.received[j] = (int) received[i];
        out.channel[j] = a.channel[i];
        out.category[j] = a.category[i];
        out.source[j] = a.source[i];
        out.code[j] = a.code[i];
        out.responseWork[j] = a.responseWork[i];
        out.solutionWork[j] = a.solutionWork[i];
        out.closureWork[j] = a.closureWork[i];
        out.customerWait[j] = a.customerWait[i];
        out.thirdPartyWait[j] = a.thirdPartyWait[i];
        out.reopenAfter[j] = a.reopenAfter[i];
        out.reworkWork[j] = a.reworkWork[i];
      }
      return out;
    }
  }
}
