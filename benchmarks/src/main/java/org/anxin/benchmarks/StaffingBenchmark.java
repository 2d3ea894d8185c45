package org.anxin.benchmarks;

import java.util.concurrent.TimeUnit;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.simulator.engine.MonteCarloEngine;
import org.anxin.simulator.scenario.Scenario;
import org.anxin.simulator.scenario.ScenarioDocument;
import org.anxin.simulator.scenario.ScenarioLoader;
import org.anxin.staffing.arrivals.ArrivalGenerator;
import org.anxin.staffing.arrivals.Arrivals;
import org.anxin.staffing.arrivals.IncidentLog;
import org.anxin.staffing.model.StaffingModel;
import org.anxin.staffing.queue.MonthlyTally;
import org.anxin.staffing.queue.QueueSimulation;
import org.anxin.staffing.queue.StaffPlan;
import org.anxin.staffing.scenario.ComplaintScenario;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One trial-year of the staffing simulation on one core: the queue of {@code shanghai-default}'s
 * complaints at its default headcount, the drawing of those complaints, and the queue of a year of
 * 100,000 complaints (the target: under 50 ms). Every benchmark runs in both modes: {@code
 * avgt} gives ms per trial-year, {@code thrpt} trial-years per ms and, in the auxiliary counter
 * {@code complaints}, complaints per ms (thousands a second).
 *
 * <p>The complaints are drawn once in the setup, from the payouts of the engine's trial 0 for the
 * seed, as {@code anxin staffing} draws them; the queue then works the same year on every call.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar StaffingBenchmark -f 1 -wi 3 -i 5
 * </pre>
 */
@BenchmarkMode({Mode.AverageTime, Mode.Throughput})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class StaffingBenchmark {

  /** The complaints of the large year. */
  private static final int LARGE_YEAR = 100_000;

  private static final long SEED = 20_220_731L;

  private IncidentLog.Claims payouts;
  private ArrivalGenerator generator;
  private Arrivals defaultYear;
  private StaffPlan defaultPlan;
  private QueueSimulation defaultQueue;
  private Arrivals largeYear;
  private StaffPlan largePlan;
  private QueueSimulation largeQueue;
  private int trial;

  /** Complaints worked (or drawn) per unit of time, reported next to the trial-years. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Complaints {
    public long complaints;
  }

  @Setup(Level.Trial)
  public void setUp() {
    ScenarioDocument document = ScenarioLoader.resolveDocument(ScenarioLoader.DEFAULT);
    Scenario scenario = document.scenario();
    ComplaintScenario complaints = ComplaintScenario.of(document);
    StaffingModel model = StaffingModel.of(complaints, scenario.calendar().year());
    IncidentLog log = new IncidentLog(1, model.yearDays());
    MonteCarloEngine.of(scenario, Catalog.builtIn()).run(1, 1, SEED, 1, null, log);
    payouts = log.of(0);
    generator = new ArrivalGenerator(model, SEED);
    defaultYear = generator.generate(0, payouts);
    defaultPlan = StaffPlan.of(model, complaints.roster().headcount());
    defaultQueue = new QueueSimulation(model, SEED);

    // The large year: more background (the payouts' complaints stay), and the headcount scaled
    // with the volume so that the queue stays as loaded as the default's.
    double background = complaints.background().perYear();
    double perYear = background + (LARGE_YEAR - defaultYear.size());
    int headcount =
        (int) Math.ceil(complaints.roster().headcount() * (double) LARGE_YEAR / defaultYear.size());
    String text =
        "name: staffing-100k\n"
            + "complaints:\n"
            + "  background: {perYear: "
            + perYear
            + "}\n"
            + "  roster: {headcount: "
            + headcount
            + "}\n";
    ComplaintScenario large = ComplaintScenario.of(ScenarioLoader.parseDocument(text));
    StaffingModel largeModel = StaffingModel.of(large, scenario.calendar().year());
    largeYear = new ArrivalGenerator(largeModel, SEED).generate(0, payouts);
    if (Math.abs(largeYear.size() - LARGE_YEAR) > LARGE_YEAR / 100) {
      throw new IllegalStateException("the large year holds " + largeYear.size() + " complaints");
    }
    largePlan = StaffPlan.of(largeModel, headcount);
    largeQueue = new QueueSimulation(largeModel, SEED);
  }

  /** The default scenario's trial-year through the queue at its roster's headcount (58). */
  @Benchmark
  public MonthlyTally queueDefaultYear(Complaints counters) {
    counters.complaints += defaultYear.size();
    return defaultQueue.run(defaultYear, defaultPlan, 0);
  }

  /** Drawing the default scenario's complaints of one trial-year (a new trial every call). */
  @Benchmark
  public Arrivals arrivalsDefaultYear(Complaints counters) {
    Arrivals arrivals = generator.generate(trial++, payouts);
    counters.complaints += arrivals.size();
    return arrivals;
  }

  /** A trial-year of 100,000 complaints through the queue, the headcount scaled to match. */
  @Benchmark
  public MonthlyTally queueLargeYear(Complaints counters) {
    counters.complaints += largeYear.size();
    return largeQueue.run(largeYear, largePlan, 0);
  }
}
