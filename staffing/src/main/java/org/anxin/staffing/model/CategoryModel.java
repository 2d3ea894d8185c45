package org.anxin.staffing.model;

import java.util.List;
import org.anxin.simulator.engine.ScalarSampler;
import org.anxin.simulator.random.RandomStream;
import org.anxin.staffing.scenario.CategoryWork;
import org.anxin.staffing.scenario.Reopen;
import org.anxin.staffing.scenario.StageWork;
import org.anxin.staffing.scenario.Wait;

/**
 * One category's work, compiled: the skill index of each stage ({@link #NONE} when nobody works on
 * it) and the samplers of its durations.
 */
public final class CategoryModel {

  /** The skill index of a stage nobody works on. */
  public static final int NONE = -1;

  final String name;
  final int responseSkill;
  final int solutionSkill;
  final int closureSkill;
  final int reworkSkill;
  final ScalarSampler responseMinutes;
  final ScalarSampler solutionMinutes;
  final ScalarSampler closureMinutes;
  final double waitForCustomer;
  final ScalarSampler customerHours;
  final double waitForThirdParty;
  final ScalarSampler thirdPartyHours;
  final double reopen;
  final ScalarSampler reopenAfterHours;
  final ScalarSampler reworkMinutes;

  CategoryModel(String name, CategoryWork work, List<String> skills) {
    this.name = name;
    this.responseSkill = skill(work.response(), skills);
    this.solutionSkill = skill(work.solution(), skills);
    this.closureSkill = skill(work.closure(), skills);
    this.reworkSkill = skills.indexOf(work.reworkSkill());
    this.responseMinutes = minutes(work.response());
    this.solutionMinutes = minutes(work.solution());
    this.closureMinutes = minutes(work.closure());
    Wait customer = work.waitForCustomer();
    this.waitForCustomer = customer.probability();
    this.customerHours = ScalarSampler.of(customer.hours(), Wait.HOURS);
    Wait thirdParty = work.waitForThirdParty();
    this.waitForThirdParty = thirdParty.probability();
    this.thirdPartyHours = ScalarSampler.of(thirdParty.hours(), Wait.HOURS);
    Reopen reopening = work.reopen();
    this.reopen = reopening.probability();
    this.reopenAfterHours = ScalarSampler.of(reopening.afterHours(), Reopen.AFTER_HOURS);
    this.reworkMinutes = ScalarSampler.of(reopening.minutes(), StageWork.MINUTES);
  }

  /** The category's name. */
  public String name() {
    return name;
  }

  /** The skill of the stage (0 response, 1 solution, 2 closure, 3 rework), or {@link #NONE}. */
  public int skillOf(int stage) {
    return switch (stage) {
      case 0 -> responseSkill;
      case 1 -> solutionSkill;
      case 2 -> closureSkill;
      default -> reworkSkill;
    };
  }

  /** Response work, seconds, from one draw of {@code stream}. */
  public int responseSeconds(RandomStream stream) {
    return seconds(responseMinutes, stream, 60);
  }

  /** Solution work, seconds (0 when nobody works on it; one draw either way). */
  public int solutionSeconds(RandomStream stream) {
    return seconds(solutionMinutes, stream, 60);
  }

  /** Closure work, seconds (0 when nobody works on it; one draw either way). */
  public int closureSeconds(RandomStream stream) {
    return seconds(closureMinutes, stream, 60);
  }

  /**
   * The wait for the customer, seconds, or -1 when there is none: two draws, whether it happens and
   * how long.
   */
  public int customerWaitSeconds(RandomStream stream) {
    return wait(waitForCustomer, customerHours, stream);
  }

  /** The wait for a third party, seconds, or -1: two draws. */
  public int thirdPartyWaitSeconds(RandomStream stream) {
    return wait(waitForThirdParty, thirdPartyHours, stream);
  }

  /** How long after its resolution the complaint comes back, seconds, or -1: two draws. */
  public int reopenAfterSeconds(RandomStream stream) {
    return wait(reopen, reopenAfterHours, stream);
  }

  /** The rework after a reopening, seconds: one draw. */
  public int reworkSeconds(RandomStream stream) {
    return seconds(reworkMinutes, stream, 60);
  }

  /** Every draw is made whether used or not, so that later positions never move. */
  private static int wait(double probability, ScalarSampler hours, RandomStream stream) {
    boolean happens = stream.nextUniform() < probability;
    int length = seconds(hours, stream, 3600);
    return happens ? length : -1;
  }

  private static int seconds(ScalarSampler sampler, RandomStream stream, int unit) {
    if (sampler == null) {
      stream.nextLong();
      return 0;
    }
    return (int) Math.round(sampler.sample(stream) * unit);
  }

  private static int skill(StageWork stage, List<String> skills) {
    return stage.isWorked() ? skills.indexOf(stage.skill()) : NONE;
  }

  private static ScalarSampler minutes(StageWork stage) {
    return stage.isWorked() ? ScalarSampler.of(stage.minutes(), StageWork.MINUTES) : null;
  }
}
