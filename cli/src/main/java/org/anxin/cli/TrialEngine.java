package org.anxin.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.IntConsumer;
import org.anxin.domain.InvalidInputException;
import org.anxin.simulator.engine.TrialResults;
import org.anxin.staffing.run.StaffingResults;

/**
 * Where {@code anxin simulate} and {@code anxin staffing} compute their trials: in this process
 * (the command line's, with the worker threads of {@code --threads}), or on a cluster (the {@code
 * spark} module's engine, which runs these same commands from its own jar so that Spark never
 * enters this one). The commands read the input, check it, and write every file from what the
 * engine returns; an engine only computes, and must return what the local one would, trial for
 * trial.
 */
public interface TrialEngine {

  /** The engines {@code --engine} names. */
  List<String> NAMES = List.of("local", "spark");

  /** The engine's name for {@code --engine}: {@code local} or {@code spark}. */
  String name();

  /**
   * Refuses an {@code --engine} this one is not: {@code spark} reaches the local command line only
   * when the launcher was bypassed, and {@code local} the spark jar only when it was given by hand.
   *
   * @param requested the {@code --engine} given, or {@code null}
   * @throws InvalidInputException naming {@code --engine} when it is not this engine
   */
  default void checkRequested(String requested) {
    if (requested == null || requested.equals(name())) {
      return;
    }
    if (!NAMES.contains(requested)) {
      throw new InvalidInputException("--engine", requested, "unknown; the engines are " + NAMES);
    }
    throw new InvalidInputException(
        "--engine",
        requested,
        "spark".equals(requested)
            ? "runs through the ./anxin launcher or spark-submit with the anxin-spark jar"
                + " (docs/distributed.md), not from this jar"
            : "this is the anxin-spark jar, whose runs are Spark's; run ./anxin for a local run");
  }

  /**
   * The liability run of {@code job}.
   *
   * @param progress told how many more trials are done, from any thread
   */
  TrialResults simulate(SimulationJob job, IntConsumer progress);

  /**
   * The staffing sweep of {@code job}.
   *
   * @param progress told how many more trials are done at every headcount, from any thread
   */
  StaffingResults staffing(StaffingJob job, IntConsumer progress);

  /**
   * Whether {@code simulate --claims-out} works here: the claim rows are written as the local
   * engine books them, which a cluster's tasks cannot do into one file.
   */
  default boolean writesClaims() {
    return true;
  }

  /** Adds to {@code run.json} where the run ran; the local engine adds nothing. */
  default void describe(ObjectNode run) {}
}
