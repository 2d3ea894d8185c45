package org.anxin.simulator.scenario;

/**
 * The deals of one year: a fixed number, split by kind.
 *
 * @param deals how many deals the book holds (1 to 10,000,000)
 * @param mix the shares of resale, new-home and rental deals
 * @param resale the resale deals' attributes
 * @param newHome the new-home deals' attributes
 * @param rental the rental deals' attributes
 */
public record Book(long deals, Mix mix, Resale resale, NewHome newHome, Rental rental) {

  /** The largest book a run accepts: a bound that keeps a typo from allocating gigabytes. */
  public static final long MAX_DEALS = 10_000_000L;

  void validate(String field) {
    ScenarioChecks.inRange(field + ".deals", (double) deals, 1, MAX_DEALS);
    ScenarioChecks.required(field + ".mix", mix).validate(field + ".mix");
    ScenarioChecks.required(field + ".resale", resale).validate(field + ".resale");
    ScenarioChecks.required(field + ".newHome", newHome).validate(field + ".newHome");
    ScenarioChecks.required(field + ".rental", rental).validate(field + ".rental");
  }

  /** Resale deals in the book, by the mix (largest-remainder rounding, see {@link Mix}). */
  public int resaleDeals() {
    return mix.split(deals)[0];
  }

  /** New-home deals in the book. */
  public int newHomeDeals() {
    return mix.split(deals)[1];
  }

  /** Rental deals in the book. */
  public int rentalDeals() {
    return mix.split(deals)[2];
  }
}
