package org.anxin.staffing.queue;

import java.util.ArrayList;
import java.util.List;
import org.anxin.staffing.model.StaffingModel;
import org.anxin.staffing.scenario.Roster;
import org.anxin.staffing.scenario.Shift;
import org.anxin.staffing.scenario.Team;

/**
 * The roster of one headcount: the headcount split over every team's shifts in proportion to team
 * share × shift share ({@link Apportionment}), and on a team's days off the first {@code
 * round(seats × offDayShare)} seats of each shift. A seat keeps its identity ({@link #seatId})
 * whatever the headcount, so its holder's absences are the same draws at every point of a sweep.
 */
public final class StaffPlan {

  private final int headcount;
  private final List<Cell> cells;
  private final int[] agentCell;
  private final int[] agentSlot;
  private final int[] skillStart;

  /** One team's shift with its seats. */
  public record Cell(
      int team,
      String teamName,
      String shiftName,
      int skill,
      int startMinute,
      int lengthMinutes,
      int seats,
      int offDaySeats) {}

  private StaffPlan(int headcount, List<Cell> cells, int skills) {
    this.headcount = headcount;
    this.cells = List.copyOf(cells);
    int agents = cells.stream().mapToInt(Cell::seats).sum();
    this.agentCell = new int[agents];
    this.agentSlot = new int[agents];
    this.skillStart = new int[skills + 1];
    int a = 0;
    for (int skill = 0; skill < skills; skill++) {
      skillStart[skill] = a;
      for (int c = 0; c < cells.size(); c++) {
        if (cells.get(c).skill() != skill) {
          continue;
        }
        for (int slot = 0; slot < cells.get(c).seats(); slot++) {
          agentCell[a] = c;
          agentSlot[a] = slot;
          a++;
        }
      }
    }
    skillStart[skills] = a;
  }

  /** The roster of {@code headcount} seats for {@code model}'s teams. */
  public static StaffPlan of(StaffingModel model, int headcount) {
    Roster roster = model.scenario().roster();
    List<Team> teams = roster.teams();
    double teamTotal = teams.stream().mapToDouble(Team::share).sum();
    // One share per team and shift, in team order: team share × shift share, both normalised.
    List<Double> weights = new ArrayList<>();
    for (Team team : teams) {
      double shiftTotal = team.shifts().stream().mapToDouble(Shift::share).sum();
      for (Shift shift : team.shifts()) {
        weights.add(team.share() / teamTotal * shift.share() / shiftTotal);
      }
    }
    int[] seats =
        Apportionment.split(headcount, weights.stream().mapToDouble(Double::doubleValue).toArray());
    List<Cell> cells = new ArrayList<>();
    int i = 0;
    for (int t = 0; t < teams.size(); t++) {
      Team team = teams.get(t);
      for (Shift shift : team.shifts()) {
        cells.add(
            new Cell(
                t,
                team.name(),
                shift.name(),
                model.skills().indexOf(team.skill()),
                shift.startMinute(),
                shift.lengthMinutes(),
                seats[i],
                (int) Math.round(seats[i] * team.offDayShare())));
        i++;
      }
    }
    return new StaffPlan(headcount, cells, model.skills().size());
  }

  /** The headcount: the seats of a working day. */
  public int headcount() {
    return headcount;
  }

  /** The teams' shifts with their seats, teams in order and each team's shifts in order. */
  public List<Cell> cells() {
    return cells;
  }

  /** The seats (agents), grouped by skill. */
  public int agents() {
    return agentCell.length;
  }

  /** The cell of agent {@code a}. */
  public int cellOf(int a) {
    return agentCell[a];
  }

  /** Agent {@code a}'s place in its cell: 0 is the first seat kept on days off. */
  public int slotOf(int a) {
    return agentSlot[a];
  }

  /** The first agent of skill {@code skill}; its agents are {@code [start(s), start(s + 1))}. */
  public int skillStart(int skill) {
    return skillStart[skill];
  }

  /**
   * The seat's stable identity, the coordinate of its absences: its cell and its place in it, the
   * same at every headcount.
   */
  public long seatId(int a) {
    return ((long) agentCell[a] << 32) | agentSlot[a];
  }
}
