package org.anxin.staffing.run;

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
import org.anxin.simulator.engine.MonteCarloEngine;
import org.anxin.simulator.scenario.Scenario;
import org.anxin.staffing.arrivals.ArrivalGenerator;
import org.anxin.staffing.arrivals.Arrivals;
import org.anxin.staffing.arrivals.IncidentLog;
import org.anxin.staffing.model.StaffingModel;
import org.anxin.staffing.queue.MonthlyTally;
import org.anxin.staffing.queue.QueueSimulation;
import org.anxin.staffing.queue.StaffPlan;
import org.anxin.staffing.scenario.ComplaintScenario;
import org.anxin.staffing.scenario.Roster;
import org.anxin.staffing.scenario.Sweep;

/**
 * Runs the staffing simulation: the liability engine's {@code trials} years for the seed (whose
 * payouts file complaints), then for each trial its complaints once and the queue at every
 * headcount with those same complaints. Trials are shared out to the threads in chunks; each
 * trial's results are a pure function of (scenario, seed, trial, headcount), so they are the same
 * whatever the thread count.
 */
public final class StaffingRun {

  /** The most trials a staffing run takes. */
  public static final int MAX_TRIALS = 1_000_000;

  /** The most trial-years (trials × headcounts) a run keeps: about 700 MB of monthly tallies. */
  public static final long MAX_TALLIES = 2_000_000;

  private static final int CHUNK = 4;

  private StaffingRun() {}

  /** Checks a run's sizes before anything is allocated. */
  public static void check(int trials, int threads, int[] headcounts) {
    if (trials < 1 || trials > MAX_TRIALS) {
      throw new InvalidInputException("--trials", trials, "must be between 1 and " + MAX_TRIALS);
    }
    if (threads < 1 || threads > 1024) {
      throw new InvalidInputException("--threads", threads, "must be between 1 and 1024");
    }
    if (headcounts.length == 0 || headcounts.length > Sweep.MAX_POINTS) {
      throw new InvalidInputException(
          "--headcount", headcounts.length + " headcounts", "try 1 to " + Sweep.MAX_POINTS);
    }
    if ((long) trials * headcounts.length > MAX_TALLIES) {
      throw new InvalidInputException(
          "--trials",
          trials,
          "times "
              + headcounts.length
              + " headcounts is more than "
              + MAX_TALLIES
              + " trial-years to keep (each holds 12 months of 3 targets); fewer trials or"
              + " headcounts");
    }
    for (int h : headcounts) {
      if (h < 1 || h > Roster.MAX_HEADCOUNT) {
        throw new InvalidInputException(
            "--headcount", h, "must be between 1 and " + Roster.MAX_HEADCOUNT);
      }
    }
  }

  /**
   * The run.
   *
   * @param progress told of each trial done (all its headcounts), from any thread; may be null
   */
  public static StaffingResults run(
      Scenario scenario,
      ComplaintScenario complaints,
      Catalog catalog,
      int trials,
      long seed,
      int threads,
      int[] headcounts,
      IntConsumer progress) {
    check(trials, threads, headcounts);
    StaffingModel model = StaffingModel.of(complaints, scenario.calendar().year());
    IncidentLog log = new IncidentLog(trials, model.yearDays());
    MonteCarloEngine.of(scenario, catalog).run(trials, 1, seed, threads, null, log);
    List<StaffPlan> plans = new ArrayList<>();
    for (int h : headcounts) {
      plans.add(StaffPlan.of(model, h));
    }
    MonthlyTally[][] tallies = new MonthlyTally[headcounts.length][trials];
    int[] complaintCounts = new int[trials];
    AtomicInteger nextChunk = new AtomicInteger();
    AtomicBoolean failed = new AtomicBoolean();
    Runnable work =
        () -> {
          ArrivalGenerator generator = new ArrivalGenerator(model, seed);
          QueueSimulation queue = new QueueSimulation(model, seed);
          try {
            for (int start = nextChunk.getAndAdd(CHUNK);
                start < trials && !failed.get();
                start = nextChunk.getAndAdd(CHUNK)) {
              int end = Math.min(trials, start + CHUNK);
              for (int trial = start; trial < end; trial++) {
                Arrivals arrivals = generator.generate(trial, log.of(trial));
                complaintCounts[trial] = arrivals.size();
                for (int p = 0; p < plans.size(); p++) {
                  tallies[p][trial] = queue.run(arrivals, plans.get(p), trial).copy();
                }
                if (progress != null) {
                  progress.accept(1);
                }
              }
            }
          } catch (RuntimeException | Error e) {
            failed.set(true);
            throw e;
          }
        };
    runOn(Math.max(1, Math.min(threads, (trials + CHUNK - 1) / CHUNK)), work);
    return new StaffingResults(model, seed, plans, tallies, complaintCounts, log);
  }

  /**
   * Trials {@code [from, to)} of a run at one headcount: each trial exactly as {@link #run}
   * computes it, since its claims, complaints and work are addressed by its index, so that parts
   * computed anywhere (the tasks of a cluster, one per headcount and trial range) and joined by
   * {@link #assemble} are the whole run.
   */
  public static StaffingPart runRange(
      Scenario scenario,
      ComplaintScenario complaints,
      Catalog catalog,
      int from,
      int to,
      long seed,
      int headcount) {
    check(Math.max(to, 1), 1, new int[] {headcount});
    if (from < 0 || to <= from) {
      throw new InvalidInputException(
          "trial range", from + ".." + to, "must be a non-empty range of trials from 0");
    }
    StaffingModel model = StaffingModel.of(complaints, scenario.calendar().year());
    IncidentLog log = new IncidentLog(from, to - from, model.yearDays());
    MonteCarloEngine.of(scenario, catalog).runRange(from, to, 1, seed, 1, null, log);
    StaffPlan plan = StaffPlan.of(model, headcount);
    ArrivalGenerator generator = new ArrivalGenerator(model, seed);
    QueueSimulation queue = new QueueSimulation(model, seed);
    int[] complaintCounts = new int[to - from];
    MonthlyTally[] tallies = new MonthlyTally[to - from];
    for (int trial = from; trial < to; trial++) {
      Arrivals arrivals = generator.generate(trial, log.of(trial));
      complaintCounts[trial - from] = arrivals.size();
      tallies[trial - from] = queue.run(arrivals, plan, trial).copy();
    }
    return new StaffingPart(headcount, from, complaintCounts, tallies);
  }

  /**
   * The run of {@code trials} trials at {@code headcounts} from its parts, which must cover every
   * (headcount, trial) once: the results {@link #run} gives, tally for tally. The results keep the
   * first trial's claims (what {@code complaints.csv} writes), computed here again.
   *
   * @throws IllegalArgumentException when the parts do not cover the run exactly once
   */
  public static StaffingResults assemble(
      Scenario scenario,
      ComplaintScenario complaints,
      Catalog catalog,
      int trials,
      long seed,
      int[] headcounts,
      List<StaffingPart> parts) {
    check(trials, 1, headcounts);
    StaffingModel model = StaffingModel.of(complaints, scenario.calendar().year());
    List<StaffPlan> plans = new ArrayList<>();
    for (int h : headcounts) {
      plans.add(StaffPlan.of(model, h));
    }
    MonthlyTally[][] tallies = new MonthlyTally[headcounts.length][trials];
    int[] complaintCounts = new int[trials];
    int[] countsSeen = new int[trials];
    for (StaffingPart part : parts) {
      for (int p = 0; p < headcounts.length; p++) {
        if (headcounts[p] != part.headcount()) {
          continue;
        }
        for (int trial = part.from(); trial < part.to(); trial++) {
          if (tallies[p][trial] != null) {
            throw new IllegalArgumentException(
                "trial " + trial + " at headcount " + headcounts[p] + " is in two parts");
          }
          tallies[p][trial] = part.tally(trial);
          int count = part.complaints(trial);
          if (countsSeen[trial]++ > 0 && complaintCounts[trial] != count) {
            throw new IllegalArgumentException(
                "trial " + trial + " has different complaints at different headcounts");
          }
          complaintCounts[trial] = count;
        }
      }
    }
    for (int p = 0; p < headcounts.length; p++) {
      for (int trial = 0; trial < trials; trial++) {
        if (tallies[p][trial] == null) {
          throw new IllegalArgumentException(
              "trial " + trial + " at headcount " + headcounts[p] + " is in no part");
        }
      }
    }
    IncidentLog firstTrial = new IncidentLog(0, 1, model.yearDays());
    MonteCarloEngine.of(scenario, catalog).runRange(0, 1, 1, seed, 1, null, firstTrial);
    return new StaffingResults(model, seed, plans, tallies, complaintCounts, firstTrial);
  }

  private static void runOn(int workers, Runnable work) {
    if (workers == 1) {
      work.run();
      return;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            workers,
            r -> {
              Thread thread = new Thread(r, "anxin-staffing");
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int w = 0; w < workers; w++) {
        futures.add(pool.submit(work));
      }
      Throwable failure = null;
      for (Future<?> future : futures) {
        try {
          future.get();
        } catch (ExecutionException e) {
          if (failure == null || e.getCause() instanceof Error) {
            failure = e.getCause();
          }
        }
      }
      if (failure instanceof Error error) {
        throw error;
      }
      if (failure instanceof RuntimeException runtime) {
        throw runtime;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("staffing run interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }
}
