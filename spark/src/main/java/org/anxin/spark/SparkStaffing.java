package org.anxin.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.guarantees.document.DocumentText;
import org.anxin.simulator.scenario.ScenarioDocument;
import org.anxin.simulator.scenario.ScenarioLoader;
import org.anxin.staffing.run.StaffingPart;
import org.anxin.staffing.run.StaffingResults;
import org.anxin.staffing.run.StaffingRun;
import org.anxin.staffing.scenario.ComplaintScenario;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * A staffing sweep run as Spark tasks, one per (headcount, trial range): each task reads the
 * scenario from its text, runs the liability engine for its range, files the complaints and queues
 * them at its headcount ({@link StaffingRun#runRange}); the driver joins the parts ({@link
 * StaffingRun#assemble}) into the results the local run gives, tally for tally, whatever the
 * partitions, executors or retries.
 */
public final class SparkStaffing {

  private SparkStaffing() {}

  /** One task's work: a headcount and a trial range. */
  record Task(int headcount, TrialRange range) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * The sweep of {@code headcounts} over {@code sizes.trials()} trials of the scenario {@code
   * scenario} (on the built-in catalog, as {@code anxin staffing} runs it), the trials cut into
   * {@code sizes.partitions()} ranges: that many tasks per headcount.
   *
   * @param progress told how many more trials are done at every headcount, on Spark's listener
   *     thread; may be {@code null}
   * @throws org.anxin.domain.InvalidInputException for a bad scenario or sizes, on the driver
   */
  public static StaffingResults run(
      JavaSparkContext spark,
      DocumentText scenario,
      Sizes sizes,
      int[] headcounts,
      IntConsumer progress) {
    return run(spark, scenario, sizes, headcounts, SparkSimulation.TaskProbe.none(), progress);
  }

  static StaffingResults run(
      JavaSparkContext spark,
      DocumentText scenarioText,
      Sizes sizes,
      int[] headcounts,
      SparkSimulation.TaskProbe probe,
      IntConsumer progress) {
    ScenarioDocument document = ScenarioLoader.parseDocument(scenarioText);
    ComplaintScenario complaints = ComplaintScenario.of(document);
    StaffingRun.check(sizes.trials(), sizes.threadsPerTask(), headcounts);
    List<TrialRange> ranges = TrialRange.split(sizes.trials(), sizes.partitions(sizes.trials()));
    // Range-major: the tasks of a range finish close together, so progress moves steadily.
    List<Task> tasks = new ArrayList<>();
    int[] groupOfTask = new int[ranges.size() * headcounts.length];
    int[] trialsOfGroup = new int[ranges.size()];
    for (int r = 0; r < ranges.size(); r++) {
      trialsOfGroup[r] = ranges.get(r).size();
      for (int h : headcounts) {
        groupOfTask[tasks.size()] = r;
        tasks.add(new Task(h, ranges.get(r)));
      }
    }
    long seed = sizes.seed();
    List<StaffingPart> parts =
        TaskProgress.around(
            spark,
            groupOfTask,
            trialsOfGroup,
            progress,
            () ->
                spark
                    .parallelize(tasks, tasks.size())
                    .map(
                        task -> {
                          TaskContext context = TaskContext.get();
                          probe.started(context.partitionId(), context.attemptNumber());
                          ScenarioDocument read = ScenarioLoader.parseDocument(scenarioText);
                          return StaffingRun.runRange(
                              read.scenario(),
                              ComplaintScenario.of(read),
                              Catalog.builtIn(),
                              task.range().from(),
                              task.range().to(),
                              seed,
                              task.headcount());
                        })
                    .collect());
    return StaffingRun.assemble(
        document.scenario(),
        complaints,
        Catalog.builtIn(),
        sizes.trials(),
        seed,
        headcounts,
        parts);
  }
}
