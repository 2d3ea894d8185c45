package org.anxin.staffing.scenario;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.anxin.simulator.scenario.ScenarioChecks;

/**
 * Who is on duty: the default headcount (the seats of a working day's roster, summed over teams and
 * shifts), the share of seats whose holder is away on a given day, and the teams.
 */
public record Roster(int headcount, double shrinkage, List<Team> teams) {

  /** The largest headcount a run takes. */
  public static final int MAX_HEADCOUNT = 100_000;

  /** The most skills a roster has. */
  public static final int MAX_SKILLS = 30;

  /** Defensive copy; null stays for validation to name. */
  public Roster {
    teams = teams == null ? null : List.copyOf(teams);
  }

  /** The skills the teams have, in team order. */
  public List<String> skills() {
    return teams.stream().map(Team::skill).distinct().toList();
  }

  void validate(String field) {
    ScenarioChecks.inRange(field + ".headcount", headcount, 1, MAX_HEADCOUNT);
    ScenarioChecks.inRange(field + ".shrinkage", shrinkage, 0, 0.95);
    ScenarioChecks.required(field + ".teams", teams);
    if (teams.isEmpty()) {
      throw ScenarioChecks.invalid(field + ".teams", teams, "needs at least one team");
    }
    Set<String> names = new HashSet<>();
    double total = 0;
    for (int i = 0; i < teams.size(); i++) {
      String where = field + ".teams[" + i + "]";
      Team team = ScenarioChecks.required(where, teams.get(i));
      team.validate(where);
      if (!names.add(team.name())) {
        throw ScenarioChecks.invalid(where + ".name", team.name(), "two teams have this name");
      }
      total += team.share();
    }
    if (!(total > 0)) {
      throw ScenarioChecks.invalid(field + ".teams", "shares", "a team needs a share above 0");
    }
    if (skills().size() > MAX_SKILLS) {
      throw ScenarioChecks.invalid(field + ".teams", skills(), "at most " + MAX_SKILLS + " skills");
    }
  }
}
