package org.anxin.simulator.engine;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.anxin.domain.InvalidInputException;
import org.anxin.guarantees.catalog.Catalog;
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
  private static final int CHUNK = 16;

  private final CompiledScenario compiled;

  private MonteCarloEngine(CompiledScenario compiled) {
    this.compiled = compiled;
  }

  /** An engine for a validated scenario under a catalog. */
  public static MonteCarloEngine of(Scenario scenario, Catalog catalog) {
    scenario.validate();
    return new MonteCarloEngine(new CompiledScenario(scenario, catalog));
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
    return run(trials, seed, threads, progress, null);
  }

  /** As {@link #run(int, long, int, IntConsumer)}, telling {@code observer} what happens. */
  TrialResults run(
      int trials, long seed, int threads, IntConsumer progress, EngineObserver observer) {
    checkRun(trials, threads);
    TrialResults results =
        new TrialResults(
            trials,
            YearMonth.of(compiled.scenario.calendar().year(), 1),
            CompiledScenario.PROFILE_MONTHS);
    AtomicInteger nextChunk = new AtomicInteger();
    Runnable work =
        () -> {
          TrialWorker worker = new TrialWorker(compiled, seed, observer);
          for (int start = nextChunk.getAndAdd(CHUNK);
              start < trials;
              start = nextChunk.getAndAdd(CHUNK)) {
            int end = Math.min(trials, start + CHUNK);
            for (int trial = start; trial < end; trial++) {
              worker.run(trial, results);
            }
            if (progress != null) {
              progress.accept(end - start);
            }
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
      for (Future<?> future : futures) {
        future.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("simulation interrupted", e);
    } catch (ExecutionException e) {
      // An Error (out of memory above all) stays what it is, so the caller can say what to do.
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("simulation failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return results;
  }

  private static Thread daemon(Runnable runnable) {
    Thread thread = new Thread(runnable, "anxin-trials");
    thread.setDaemon(true);
    return thread;
  }
}
