package org.anxin.simulator.engine;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.anxin.domain.InvalidInputException;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.simulator.scenario.Book;
import org.anxin.simulator.scenario.Programme;
import org.anxin.simulator.scenario.RiskKind;
import org.anxin.simulator.scenario.Scenario;

/**
 * Runs the trials of a scenario on a number of threads. Every trial's random numbers are addressed
 * by (seed, trial, ...) and its figures are stored at its own index, so the results are the same
 * bytes whatever the number of threads and whichever thread runs which trial.
 */
public final class MonteCarloEngine {

  /** The largest number of trials a run accepts. */
  public static final int MAX_TRIALS = 10_000_000;

  /** Trials handed to a thread at a time: large enough to amortise, small enough to balance. */
  public static final int CHUNK = 16;

  private final CompiledScenario compiled;
  private final Catalog catalog;
  private final Sampling sampling;

  private MonteCarloEngine(CompiledScenario compiled, Catalog catalog, Sampling sampling) {
    this.compiled = compiled;
    this.catalog = catalog;
    this.sampling = sampling;
  }

  /** An engine for a validated scenario under a catalog. */
  public static MonteCarloEngine of(Scenario scenario, Catalog catalog) {
    scenario.validate();
    return new MonteCarloEngine(new CompiledScenario(scenario, catalog), catalog, Sampling.plain());
  }

  /**
   * This engine drawing its trials' market factors by {@code design} (the scenario compiled once is
   * shared): {@link Sampling#stratified(int)} for a run of that many trials, whose ranges ({@link
   * #runRange}) then fall in the run's strata wherever they are computed.
   */
  public MonteCarloEngine withSampling(Sampling design) {
    return new MonteCarloEngine(compiled, catalog, design);
  }

  /** How this engine draws its trials' market factors. */
  public Sampling sampling() {
    return sampling;
  }

  /**
   * Checks the length of a programme before anything is allocated: 1 to {@link Programme#MAX_YEARS}
   * years, and a book that stays within {@link Book#MAX_DEALS} as it grows.
   */
  public static void checkYears(Scenario scenario, int years) {
    if (years < 1 || years > Programme.MAX_YEARS) {
      throw new InvalidInputException(
          "--years", years, "must be between 1 and " + Programme.MAX_YEARS);
    }
    long last = scenario.programme().dealsInYear(scenario.book().deals(), years - 1);
    if (last > Book.MAX_DEALS || last < 1) {
      throw new InvalidInputException(
          "--years",
          years,
          "the book grows to "
              + last
              + " deals in the last year (programme.growth "
              + scenario.programme().growth()
              + "); a year holds 1 to "
              + Book.MAX_DEALS);
    }
  }

  /** Checks the size of a run before anything is allocated or written. */
  public static void checkRun(int trials, int threads) {
    if (trials < 1 || trials > MAX_TRIALS) {
      throw new InvalidInputException("--trials", trials, "must be between 1 and " + MAX_TRIALS);
    }
    if (threads < 1 || threads > 1024) {
      throw new InvalidInputException("--threads", threads, "must be between 1 and 1024");
    }
  }

  /** A worker for one thread, for benchmarks of the per-incident path. */
  public IncidentProbe probe(long seed) {
    TrialWorker worker = new TrialWorker(compiled, seed, null);
    return worker::resolveOne;
  }

  /** Resolves single incidents outside a trial (see {@link #probe(long)}). */
  @FunctionalInterface
  public interface IncidentProbe {
    /** The net cost in fen of {@code risk} striking {@code deal} in {@code trial}. */
    long resolve(int trial, int deal, RiskKind risk);
  }

  /** The layout of the book every trial simulates. */
  public BookLayout layout() {
    return compiled.layout;
  }

  /**
   * Simulates {@code trials} years.
   *
   * @param progress told how many more trials are done, from any thread; may be {@code null}
   */
  public TrialResults run(int trials, long seed, int threads, IntConsumer progress) {
    return run(trials, 1, seed, threads, progress, null);
  }

  /**
   * Simulates {@code trials} paths of {@code years} consecutive years each (the scenario's {@code
   * programme}); the first year of every path is the one-year run's trial, bytes and all, so the
   * results' one-year figures are those of {@link #run(int, long, int, IntConsumer)}, and every
   * year is in {@link TrialResults#path()}.
   *
   * @param progress told how many more paths are done, from any thread; may be {@code null}
   */
  public TrialResults run(int trials, int years, long seed, int threads, IntConsumer progress) {
    return run(trials, years, seed, threads, progress, null, null);
  }

  /**
   * As {@link #run(int, int, long, int, IntConsumer)}, telling {@code claims} of every payout as it
   * is booked, chunk by chunk of consecutive trials ({@link #CHUNK} trials a chunk, chunk {@code c}
   * holding trials {@code [c × CHUNK, (c + 1) × CHUNK)}), from the worker threads.
   */
  public TrialResults run(
      int trials, int years, long seed, int threads, IntConsumer progress, ClaimSink claims) {
    return run(trials, years, seed, threads, progress, null, claims);
  }

  /** As {@link #run(int, long, int, IntConsumer)}, telling {@code observer} what happens. */
  TrialResults run(
      int trials, long seed, int threads, IntConsumer progress, EngineObserver observer) {
    return run(trials, 1, seed, threads, progress, observer, null);
  }

  /**
   * Simulates trials {@code [from, to)} of the run of {@code to} or more trials: each trial exactly
   * as in {@link #run(int, int, long, int, IntConsumer)}, since its draws are addressed by its
   * index, so that ranges computed anywhere (tasks of a cluster) and joined by {@link
   * TrialResults#concat} are the whole run.
   *
   * @param progress told how many more paths are done, from any thread; may be {@code null}
   */
  public TrialResults runRange(
      int from, int to, int years, long seed, int threads, IntConsumer progress) {
    return runRange(from, to, years, seed, threads, progress, null);
  }

  /**
   * As {@link #runRange(int, int, int, long, int, IntConsumer)}, telling {@code claims} of every
   * payout with its trial's index in the whole run; its chunks are counted from {@code from}.
   */
  public TrialResults runRange(
      int from, int to, int years, long seed, int threads, IntConsumer progress, ClaimSink claims) {
    if (from < 0 || to <= from || to > MAX_TRIALS) {
      throw new InvalidInputException(
          "trial range",
          from + ".." + to,
          "must be a non-empty range of trials inside 0.." + MAX_TRIALS);
    }
    return run(from, to - from, years, seed, threads, progress, null, claims);
  }

  private TrialResults run(
      int trials,
      int years,
      long seed,
      int threads,
      IntConsumer progress,
      EngineObserver observer,
      ClaimSink claims) {
    return run(0, trials, years, seed, threads, progress, observer, claims);
  }

  private TrialResults run(
      int firstTrial,
      int trials,
      int years,
      long seed,
      int threads,
      IntConsumer progress,
      EngineObserver observer,
      ClaimSink claims) {
    checkRun(trials, threads);
    checkYears(compiled.scenario, years);
    if (sampling.stratified() && (long) firstTrial + trials > sampling.trials()) {
      throw new IllegalArgumentException(
          "trials "
              + firstTrial
              + ".."
              + (firstTrial + trials)
              + " outside the stratified run of "
              + sampling.trials());
    }
    CompiledScenario[] byYear = new CompiledScenario[years];
    int[] yearStarts = new int[years];
    int[] calendarYears = new int[years];
    long[] dealsPerYear = new long[years];
    LocalDate first = LocalDate.of(compiled.scenario.calendar().year(), 1, 1);
    for (int y = 0; y < years; y++) {
      byYear[y] =
          y == 0 ? compiled : new CompiledScenario(compiled.scenario.yearOfProgramme(y), catalog);
      yearStarts[y] = (int) ChronoUnit.DAYS.between(first, first.plusYears(y));
      calendarYears[y] = first.getYear() + y;
      dealsPerYear[y] = byYear[y].deals();
    }
    TrialResults results =
        new TrialResults(
            firstTrial,
            trials,
            YearMonth.of(first.getYear(), 1),
            CompiledScenario.PROFILE_MONTHS,
            calendarYears,
            dealsPerYear);
    results.sampledBy(sampling);
    AtomicInteger nextChunk = new AtomicInteger();
    // Set when a worker fails: the others take no further chunk, so the failure is told at once.
    AtomicBoolean failed = new AtomicBoolean();
    Runnable work =
        () -> {
          ClaimSink.Recorder recorder = claims == null ? null : claims.recorder();
          TrialWorker worker =
              new TrialWorker(byYear, yearStarts, seed, sampling, observer, recorder);
          try {
            for (int start = nextChunk.getAndAdd(CHUNK);
                start < trials && !failed.get();
                start = nextChunk.getAndAdd(CHUNK)) {
              int end = Math.min(trials, start + CHUNK);
              for (int trial = start; trial < end; trial++) {
                worker.run(firstTrial + trial, results);
              }
              if (recorder != null) {
                recorder.endChunk(start / CHUNK);
              }
              if (progress != null) {
                progress.accept(end - start);
              }
            }
          } catch (RuntimeException | Error e) {
            failed.set(true);
            // Other workers may wait for this one's chunk: they must not wait for ever.
            if (claims != null) {
              claims.abort();
            }
            throw e;
          }
        };
    int workers = Math.min(threads, (trials + CHUNK - 1) / CHUNK);
    if (workers == 1) {
      work.run();
      return results;
    }
    ExecutorService pool = Executors.newFixedThreadPool(workers, MonteCarloEngine::daemon);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int w = 0; w < workers; w++) {
        futures.add(pool.submit(work));
      }
      // Every worker is waited for: when one fails, the others may fail only because of it (a
      // claim sink aborted). The cause is reported: an Error first, then any other failure, and
      // an abort only when nothing else failed.
      Throwable failure = null;
      for (Future<?> future : futures) {
        try {
          future.get();
        } catch (ExecutionException e) {
          if (failure == null || rank(e.getCause()) > rank(failure)) {
            failure = e.getCause();
          }
        }
      }
      if (failure != null) {
        // An Error (out of memory above all) stays what it is, so the caller can say what to do.
        if (failure instanceof Error error) {
          throw error;
        }
        throw new IllegalStateException("simulation failed: " + failure, failure);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("simulation interrupted", e);
    } finally {
      pool.shutdownNow();
    }
    return results;
  }

  /** How much a worker's failure says about the run's: an Error most, an abort least. */
  private static int rank(Throwable failure) {
    if (failure instanceof Error) {
      return 2;
    }
    return failure instanceof ClaimSink.Aborted ? 0 : 1;
  }

  private static Thread daemon(Runnable runnable) {
    Thread thread = new Thread(runnable, "anxin-trials");
    thread.setDaemon(true);
    return thread;
  }
}
