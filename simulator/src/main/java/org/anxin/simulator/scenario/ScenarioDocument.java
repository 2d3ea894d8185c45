package org.anxin.simulator.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * A scenario file read whole: the liability scenario the engine runs, and the sections that belong
 * to modules built on the simulator (today {@code complaints}, the staffing simulation's), merged
 * over the built-in defaults like every other key but bound by the module that owns them.
 *
 * @param scenario the liability scenario, validated
 * @param complaints the {@code complaints} section, defaults and the file's keys merged; not yet
 *     validated (the staffing module binds and checks it)
 */
public record ScenarioDocument(Scenario scenario, ObjectNode complaints) {

  /** The key of the staffing simulation's section. */
  public static final String COMPLAINTS = "complaints";

  public ScenarioDocument {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(complaints, COMPLAINTS);
  }
}
