package org.anxin.staffing.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.anxin.guarantees.catalog.GuaranteeCode;
import org.anxin.simulator.scenario.ScenarioChecks;
import org.anxin.simulator.scenario.ScenarioDocument;
import org.anxin.simulator.scenario.ScenarioLoader;

/**
 * The {@code complaints} section of a scenario: what reaches customer service in the simulated
 * year, the work it needs, the promise and the roster (docs/staffing.md). The built-in scenario
 * holds every default; a file states what differs, as for the rest of the scenario.
 *
 * @param background complaints not tied to a guarantee
 * @param fileProbability per guarantee code (and {@code default}), the probability that a payout
 *     files a complaint on its day; a per-report guarantee's reports each file one
 * @param guaranteeCategory the category of a complaint filed by a payout
 * @param channels how complaints arrive, and when in the day
 * @param categories the work of each category
 * @param escalationMinutes the extra work of each escalation level a stage's clock has passed when
 *     its work starts
 * @param policy the promise and its objective
 * @param queue {@code edf} (the earliest deadline of the earliest unmet target first) or {@code
 *     fcfs} (first come, first served at each stage)
 * @param roster who is on duty
 * @param sweep the headcounts tried by default
 */
public record ComplaintScenario(
    Background background,
    Map<String, Double> fileProbability,
    String guaranteeCategory,
    Channels channels,
    Map<String, CategoryWork> categories,
    int escalationMinutes,
    PolicySettings policy,
    String queue,
    Roster roster,
    Sweep sweep) {

  /** The key of {@link #fileProbability} that applies to every code it does not name. */
  public static final String DEFAULT_CODE = "default";

  /** The most categories a section has. */
  public static final int MAX_CATEGORIES = 100;

  /** The queue disciplines. */
  public static final Set<String> QUEUES = Set.of("edf", "fcfs");

  /** Sorted copies: compiled tables never depend on a map's hashing. */
  public ComplaintScenario {
    fileProbability =
        fileProbability == null
            ? null
            : Collections.unmodifiableMap(new TreeMap<>(fileProbability));
    categories = categories == null ? null : Collections.unmodifiableMap(new TreeMap<>(categories));
  }

  /** Binds and validates the section of {@code document}. */
  public static ComplaintScenario of(ScenarioDocument document) {
    return of(document.complaints());
  }

  /** Binds and validates a {@code complaints} section. */
  public static ComplaintScenario of(ObjectNode section) {
    ComplaintScenario scenario =
        ScenarioLoader.bindSection(section, ScenarioDocument.COMPLAINTS, ComplaintScenario.class);
    scenario.validate();
    return scenario;
  }

  /** The probability that a payout of {@code code} files a complaint. */
  public double fileProbability(GuaranteeCode code) {
    Double p = fileProbability.get(code.name());
    return p != null ? p : fileProbability.get(DEFAULT_CODE);
  }

  /** Whether the queue serves the earliest deadline first (else first come, first served). */
  public boolean earliestDeadlineFirst() {
    return queue.strip().toLowerCase(Locale.ROOT).equals("edf");
  }

  /** Checks every field; the first problem is thrown naming the field and value. */
  public void validate() {
    String f = ScenarioDocument.COMPLAINTS;
    ScenarioChecks.required(f + ".categories", categories);
    if (categories.isEmpty() || categories.size() > MAX_CATEGORIES) {
      throw ScenarioChecks.invalid(
          f + ".categories", categories.keySet(), "needs 1 to " + MAX_CATEGORIES + " categories");
    }
    for (Map.Entry<String, CategoryWork> category : categories.entrySet()) {
      String where = f + ".categories." + category.getKey();
      ScenarioChecks.required(where, category.getValue()).validate(where);
    }
    ScenarioChecks.required(f + ".background", background).validate(f + ".background", categories);
    checkFileProbabilities(f + ".fileProbability");
    ScenarioChecks.required(f + ".guaranteeCategory", guaranteeCategory);
    if (!categories.containsKey(guaranteeCategory)) {
      throw ScenarioChecks.invalid(
          f + ".guaranteeCategory",
          guaranteeCategory,
          "no such category; complaints.categories has " + categories.keySet());
    }
    ScenarioChecks.required(f + ".channels", channels).validate(f + ".channels");
    ScenarioChecks.inRange(f + ".escalationMinutes", escalationMinutes, 0, 24 * 60);
    ScenarioChecks.required(f + ".policy", policy).validate(f + ".policy");
    ScenarioChecks.required(f + ".queue", queue);
    if (!QUEUES.contains(queue.strip().toLowerCase(Locale.ROOT))) {
      throw ScenarioChecks.invalid(f + ".queue", queue, "must be edf or fcfs");
    }
    ScenarioChecks.required(f + ".roster", roster).validate(f + ".roster");
    ScenarioChecks.required(f + ".sweep", sweep).validate(f + ".sweep");
    checkSkills(f);
  }

  private void checkFileProbabilities(String field) {
    ScenarioChecks.required(field, fileProbability);
    ScenarioChecks.required(field + "." + DEFAULT_CODE, fileProbability.get(DEFAULT_CODE));
    for (Map.Entry<String, Double> entry : fileProbability.entrySet()) {
      String where = field + "." + entry.getKey();
      if (!entry.getKey().equals(DEFAULT_CODE)) {
        try {
          GuaranteeCode.valueOf(entry.getKey());
        } catch (IllegalArgumentException e) {
          throw ScenarioChecks.invalid(
              where, entry.getValue(), "no such guarantee code; see anxin catalog (or default)");
        }
      }
      ScenarioChecks.probability(where, ScenarioChecks.required(where, entry.getValue()));
    }
  }

  /**
   * Every worked stage of a category that can occur needs a team with its skill. A category can
   * occur when the background gives it a share or payouts file it; the others may name skills no
   * team has (a roster of one skill leaves the default categories it does not use alone).
   */
  private void checkSkills(String f) {
    List<String> skills = roster.skills();
    for (Map.Entry<String, CategoryWork> category : categories.entrySet()) {
      if (!occurs(category.getKey())) {
        continue;
      }
      String where = f + ".categories." + category.getKey();
      CategoryWork work = category.getValue();
      checkSkill(where + ".response.skill", work.response(), skills);
      checkSkill(where + ".solution.skill", work.solution(), skills);
      checkSkill(where + ".closure.skill", work.closure(), skills);
    }
  }

  /** Whether complaints of {@code category} can occur in a run. */
  public boolean occurs(String category) {
    Double share = background.categories().get(category);
    return (share != null && share > 0) || category.equals(guaranteeCategory);
  }

  private static void checkSkill(String field, StageWork stage, List<String> skills) {
    if (stage.isWorked() && !skills.contains(stage.skill())) {
      throw ScenarioChecks.invalid(
          field, stage.skill(), "no team has this skill; complaints.roster.teams have " + skills);
    }
  }
}
