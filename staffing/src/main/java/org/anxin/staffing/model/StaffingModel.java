package org.anxin.staffing.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.anxin.domain.InvalidInputException;
import org.anxin.guarantees.catalog.GuaranteeCode;
import org.anxin.simulator.random.AliasTable;
import org.anxin.sla.calendar.BusinessCalendar;
import org.anxin.sla.calendar.Calendars;
import org.anxin.sla.calendar.DatedCalendar;
import org.anxin.sla.calendar.HolidayData;
import org.anxin.sla.calendar.HolidayDataLoader;
import org.anxin.sla.policy.Milestone;
import org.anxin.sla.policy.PortfolioObjective;
import org.anxin.sla.policy.SlaPolicy;
import org.anxin.sla.report.OutcomeJudge;
import org.anxin.staffing.scenario.Background;
import org.anxin.staffing.scenario.ChannelProfile;
import org.anxin.staffing.scenario.ComplaintScenario;
import org.anxin.staffing.scenario.Team;

/**
 * The {@code complaints} section compiled against the simulated calendar year: what the arrival
 * generator and the queue read in their inner loops, computed once per run. Times are seconds since
 * the year's first midnight in {@link Calendars#SHANGHAI}; day {@code d} is that many days after 1
 * January.
 */
// Columns hold enums as their ordinals: the arrays are the hot loop's.
@SuppressWarnings("EnumOrdinal")
public final class StaffingModel {

  /** The targets in the order of every per-target array: response, solution, resolution. */
  public static final List<Milestone> TARGETS =
      List.of(Milestone.FIRST_RESPONSE, Milestone.SOLUTION, Milestone.RESOLUTION);

  /** Seconds in a day. */
  public static final long DAY = 86_400L;

  /** How long after the year the queue may run on to finish its complaints, in days. */
  public static final int MAX_DRAIN_DAYS = 366;

  final ComplaintScenario scenario;
  final int year;
  final ZoneId zone;
  final long originEpochSecond;
  final int yearDays;
  final int horizonDays;
  final long[] monthStarts;
  final double[] backgroundPerDay;
  final AliasTable reportDays;
  final AliasTable channels;
  final AliasTable[] hours;
  final List<CategoryModel> categories;
  final int[] backgroundCategoryIndex;
  final AliasTable backgroundCategories;
  final int guaranteeCategory;
  final double[] fileProbability;
  final List<String> skills;
  final boolean[][] teamWorksOn;
  final SlaPolicy policy;
  final OutcomeJudge[] judges;
  final PortfolioObjective[] objectives;
  final long escalationSeconds;
  final boolean earliestDeadlineFirst;
  final int[] earliestTarget;

  private StaffingModel(ComplaintScenario scenario, int year) {
    this.scenario = scenario;
    this.year = year;
    this.zone = Calendars.SHANGHAI;
    LocalDate first = LocalDate.of(year, 1, 1);
    this.originEpochSecond = first.atStartOfDay(zone).toEpochSecond();
    this.yearDays = first.lengthOfYear();
    this.monthStarts = new long[13];
    for (int m = 0; m <= 12; m++) {
      monthStarts[m] = ChronoUnit.DAYS.between(first, first.plusMonths(m)) * DAY;
    }
    HolidayData holidays = HolidayDataLoader.chinaOfficial();
    DatedCalendar workdays = Calendars.cnWorkday();
    this.skills = scenario.roster().skills();
    this.policy = policy(scenario);
    if (scenario.roster().teams().stream().anyMatch(t -> !t.worksEveryDay())
        && year >= workdays.lastDate().getYear()) {
      throw new InvalidInputException(
          "calendar.year",
          year,
          "the queue works on into the next year, whose holidays a cn-workday team needs, and"
              + " the data ends on "
              + workdays.lastDate()
              + "; use an earlier year or 24x7 teams");
    }
    if (policy.targets().stream().anyMatch(t -> t.calendar() instanceof DatedCalendar)
        && year >= workdays.lastDate().getYear()) {
      throw new InvalidInputException(
          "complaints.policy.calendar",
          scenario.policy().calendar(),
          "the deadlines of December "
              + year
              + " need the next year's holidays, and the data ends on "
              + workdays.lastDate()
              + "; use 24x7 or an earlier calendar.year");
    }
    boolean bounded =
        scenario.roster().teams().stream().anyMatch(t -> !t.worksEveryDay())
            || policy.targets().stream().anyMatch(t -> t.calendar() instanceof DatedCalendar);
    long dataDays = ChronoUnit.DAYS.between(first, workdays.lastDate()) + 1;
    this.horizonDays =
        (int) (bounded ? Math.min(yearDays + MAX_DRAIN_DAYS, dataDays) : yearDays + MAX_DRAIN_DAYS);

    Background background = scenario.background();
    double[] weights = new double[yearDays];
    double total = 0;
    for (int d = 0; d < yearDays; d++) {
      LocalDate date = first.plusDays(d);
      double day;
      if (holidays.daysOff().containsKey(date)) {
        day = background.holidayWeight();
      } else if (holidays.makeUpDays().containsKey(date)) {
        day = background.weekdayWeights().get(DayOfWeek.MONDAY.ordinal());
      } else {
        day = background.weekdayWeights().get(date.getDayOfWeek().ordinal());
      }
      weights[d] = background.monthWeights().get(date.getMonthValue() - 1) * day;
      total += weights[d];
    }
    this.backgroundPerDay = new double[yearDays];
    for (int d = 0; d < yearDays; d++) {
      backgroundPerDay[d] = total > 0 ? background.perYear() * weights[d] / total : 0;
    }
    this.reportDays = AliasTable.of(total > 0 ? weights : uniform(yearDays));

    List<ChannelProfile> profiles = scenario.channels().inOrder();
    double[] shares = new double[profiles.size()];
    this.hours = new AliasTable[profiles.size()];
    for (int c = 0; c < profiles.size(); c++) {
      shares[c] = profiles.get(c).share();
      hours[c] = AliasTable.of(doubles(profiles.get(c).hourWeights()));
    }
    this.channels = AliasTable.of(shares);

    this.categories = new ArrayList<>();
    List<String> names = new ArrayList<>(scenario.categories().keySet());
    for (String name : names) {
      categories.add(new CategoryModel(name, scenario.categories().get(name), skills));
    }
    List<Map.Entry<String, Double>> mix = new ArrayList<>(background.categories().entrySet());
    this.backgroundCategoryIndex = new int[mix.size()];
    double[] mixWeights = new double[mix.size()];
    for (int i = 0; i < mix.size(); i++) {
      backgroundCategoryIndex[i] = names.indexOf(mix.get(i).getKey());
      mixWeights[i] = mix.get(i).getValue();
    }
    this.backgroundCategories = AliasTable.of(mixWeights);
    this.guaranteeCategory = names.indexOf(scenario.guaranteeCategory());
    this.fileProbability = new double[GuaranteeCode.values().length];
    for (GuaranteeCode code : GuaranteeCode.values()) {
      fileProbability[code.ordinal()] = scenario.fileProbability(code);
    }

    List<Team> teams = scenario.roster().teams();
    // Day -1, the last day of the year before, holds the night shifts that run into 1 January;
    // before the holiday data it takes 1 January's type.
    this.teamWorksOn = new boolean[teams.size()][horizonDays + 1];
    for (int t = 0; t < teams.size(); t++) {
      for (int d = -1; d < horizonDays; d++) {
        LocalDate date = first.plusDays(d);
        boolean inData = !date.isBefore(workdays.firstDate());
        teamWorksOn[t][d + 1] =
            teams.get(t).worksEveryDay() || workdays.isWorkingDay(inData ? date : first);
      }
    }
    this.judges = new OutcomeJudge[TARGETS.size()];
    for (int k = 0; k < TARGETS.size(); k++) {
      judges[k] = OutcomeJudge.of(policy.target(TARGETS.get(k)));
    }
    this.objectives =
        new PortfolioObjective[] {
          new PortfolioObjective(
              Milestone.FIRST_RESPONSE, scenario.policy().objective().response()),
          new PortfolioObjective(Milestone.SOLUTION, scenario.policy().objective().solution()),
          new PortfolioObjective(Milestone.RESOLUTION, scenario.policy().objective().resolution())
        };
    // Every target runs on one calendar with the same pauses, so among the targets still unmet
    // the smallest budget has the earliest deadline: one deadline to compute, not three.
    this.earliestTarget = new int[TARGETS.size()];
    for (int unmet = 0; unmet < TARGETS.size(); unmet++) {
      int best = unmet;
      for (int k = unmet; k < TARGETS.size(); k++) {
        if (policy
                .target(TARGETS.get(k))
                .budget()
                .compareTo(policy.target(TARGETS.get(best)).budget())
            < 0) {
          best = k;
        }
      }
      earliestTarget[unmet] = best;
    }
    this.escalationSeconds = scenario.escalationMinutes() * 60L;
    this.earliestDeadlineFirst = scenario.earliestDeadlineFirst();
  }

  /** Compiles {@code scenario} for the calendar year {@code year}. */
  public static StaffingModel of(ComplaintScenario scenario, int year) {
    return new StaffingModel(scenario, year);
  }

  /** The 30124 preset on the section's calendar, with its resolution objective. */
  private static SlaPolicy policy(ComplaintScenario scenario) {
    BusinessCalendar calendar = Calendars.named(scenario.policy().calendar(), null);
    SlaPolicy preset = SlaPolicy.preset30124(calendar);
    return new SlaPolicy(
        preset.name(),
        preset.targets(),
        new PortfolioObjective(Milestone.RESOLUTION, scenario.policy().objective().resolution()));
  }

  /** The section this model was compiled from. */
  public ComplaintScenario scenario() {
    return scenario;
  }

  /** The calendar year. */
  public int year() {
    return year;
  }

  /** The zone of the year's dates and months. */
  public ZoneId zone() {
    return zone;
  }

  /** The epoch second of the year's first midnight: time 0. */
  public long originEpochSecond() {
    return originEpochSecond;
  }

  /** The days of the year. */
  public int yearDays() {
    return yearDays;
  }

  /** The days the queue may run: the year and its drain, within the calendars' data. */
  public int horizonDays() {
    return horizonDays;
  }

  /** The time month {@code m} (0 = January, 12 = the next January) starts. */
  public long monthStart(int m) {
    return monthStarts[m];
  }

  /** The month (0 = January) of time {@code t} of the year. */
  public int monthOf(long t) {
    int m = 0;
    while (m < 11 && t >= monthStarts[m + 1]) {
      m++;
    }
    return m;
  }

  /** The policy the complaints are judged by. */
  public SlaPolicy policy() {
    return policy;
  }

  /** The judge of target {@code k} ({@link #TARGETS} order). */
  public OutcomeJudge judge(int k) {
    return judges[k];
  }

  /** The monthly objective of target {@code k}. */
  public PortfolioObjective objective(int k) {
    return objectives[k];
  }

  /** The skills, in the order of skill indices. */
  public List<String> skills() {
    return skills;
  }

  /** The categories, in the order of category indices (sorted by name). */
  public List<CategoryModel> categories() {
    return categories;
  }

  /**
   * Whether team {@code team} has a working day on day {@code day} of the horizon, from -1 (the day
   * before the year, whose night shifts run into it).
   */
  public boolean teamWorksOn(int team, int day) {
    return teamWorksOn[team][day + 1];
  }

  /**
   * The target with the earliest deadline among targets {@code first} and after (the smallest
   * budget: the targets share one calendar and a complaint's pauses).
   */
  public int earliestTarget(int first) {
    return earliestTarget[first];
  }

  /** The extra work of one escalation level, seconds. */
  public long escalationSeconds() {
    return escalationSeconds;
  }

  /** Whether the queue serves the earliest deadline first. */
  public boolean earliestDeadlineFirst() {
    return earliestDeadlineFirst;
  }

  /** The expected background complaints of day {@code d} of the year. */
  public double backgroundOn(int d) {
    return backgroundPerDay[d];
  }

  /** The days of the year, weighted as the background's: where a report's complaint falls. */
  public AliasTable reportDays() {
    return reportDays;
  }

  /** The channel mix, in {@link org.anxin.sla.complaint.Channel} order. */
  public AliasTable channels() {
    return channels;
  }

  /** The hours of the day of channel {@code c}. */
  public AliasTable hours(int c) {
    return hours[c];
  }

  /** The background's category mix; {@link #backgroundCategory} maps a draw to a category. */
  public AliasTable backgroundCategories() {
    return backgroundCategories;
  }

  /** The category index of draw {@code i} of {@link #backgroundCategories}. */
  public int backgroundCategory(int i) {
    return backgroundCategoryIndex[i];
  }

  /** The category of a payout's or a report's complaint. */
  public int guaranteeCategory() {
    return guaranteeCategory;
  }

  /** The probability that a payout (or report) under {@code code} files a complaint. */
  public double fileProbability(GuaranteeCode code) {
    return fileProbability[code.ordinal()];
  }

  private static double[] doubles(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static double[] uniform(int n) {
    double[] w = new double[n];
    Arrays.fill(w, 1.0);
    return w;
  }
}
