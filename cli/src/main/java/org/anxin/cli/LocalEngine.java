package org.anxin.cli;

import java.util.function.IntConsumer;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.simulator.engine.MonteCarloEngine;
import org.anxin.simulator.engine.TrialResults;
import org.anxin.staffing.run.StaffingResults;
import org.anxin.staffing.run.StaffingRun;

/** The engine of this process: {@code --threads} worker threads, every core by default. */
final class LocalEngine implements TrialEngine {

  @Override
  public String name() {
    return "local";
  }

  @Override
  public TrialResults simulate(SimulationJob job, IntConsumer progress) {
    return MonteCarloEngine.of(job.scenario(), job.catalog())
        .withSampling(job.sampling())
        .run(job.trials(), job.years(), job.seed(), job.threadCount(), progress);
  }

  @Override
  public StaffingResults staffing(StaffingJob job, IntConsumer progress) {
    return StaffingRun.run(
        job.document().scenario(),
        job.complaints(),
        Catalog.builtIn(),
        job.trials(),
        job.seed(),
        job.threadCount(),
        job.sweep().headcounts(),
        progress);
  }
}
