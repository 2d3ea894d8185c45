package org.anxin.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.anxin.sla.calendar.BusinessCalendar;
import org.anxin.sla.calendar.Calendars;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of business-time arithmetic: {@code add} (an index of the working days' prefix sums),
 * {@code between} (two prefix-sum reads) and {@code nextWorkingInstant} (a bitset scan), over
 * random instants in 2020–2026 and durations up to three days of business time; and the same {@code
 * add} and {@code between} on whole epoch seconds ({@code addSeconds}, {@code betweenSeconds}, the
 * allocation-free variants the simulated complaints use) over the same inputs. The Instant
 * benchmarks are the ones the performance targets refer to.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar CalendarBenchmark -f 1 -wi 2 -i 3 -w 2s -r 2s
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CalendarBenchmark {

  private static final int SIZE = 1 << 12;
  private static final int MASK = SIZE - 1;

  @Param({"cn-workday", "24x7"})
  public String calendarName;

  private BusinessCalendar calendar;
  private final Instant[] starts = new Instant[SIZE];
  private final Instant[] ends = new Instant[SIZE];
  private final Duration[] durations = new Duration[SIZE];
  private final long[] startSeconds = new long[SIZE];
  private final long[] endSeconds = new long[SIZE];
  private final long[] durationSeconds = new long[SIZE];
  private int next;

  @Setup
  public void setUp() {
    calendar = Calendars.named(calendarName, null);
    long first = LocalDate.of(2020, 1, 1).atStartOfDay(Calendars.SHANGHAI).toEpochSecond();
    long last = LocalDate.of(2026, 10, 1).atStartOfDay(Calendars.SHANGHAI).toEpochSecond();
    SplittableRandom random = new SplittableRandom(20250207L);
    for (int i = 0; i < SIZE; i++) {
      starts[i] = Instant.ofEpochSecond(random.nextLong(first, last));
      ends[i] = starts[i].plusSeconds(random.nextLong(0, 60L * 86_400));
      durations[i] = Duration.ofMinutes(random.nextLong(0, 3 * 24 * 60));
      startSeconds[i] = starts[i].getEpochSecond();
      endSeconds[i] = ends[i].getEpochSecond();
      durationSeconds[i] = durations[i].toSeconds();
    }
  }

  private int index() {
    next = (next + 1) & MASK;
    return next;
  }

  @Benchmark
  public Instant add() {
    int i = index();
    return calendar.add(starts[i], durations[i]);
  }

  @Benchmark
  public Duration between() {
    int i = index();
    return calendar.between(starts[i], ends[i]);
  }

  @Benchmark
  public Instant nextWorkingInstant() {
    return calendar.nextWorkingInstant(starts[index()]);
  }

  @Benchmark
  public long addSeconds() {
    int i = index();
    return calendar.addSeconds(startSeconds[i], durationSeconds[i]);
  }

  @Benchmark
  public long betweenSeconds() {
    int i = index();
    return calendar.betweenSeconds(startSeconds[i], endSeconds[i]);
  }
}
