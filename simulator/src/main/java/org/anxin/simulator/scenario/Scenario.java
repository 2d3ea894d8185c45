package org.anxin.simulator.scenario;

import org.anxin.domain.Printable;

/**
 * A year's book of deals and the risks it runs, with every default resolved. Load one with {@link
 * ScenarioLoader}; the built-in {@code shanghai-default.yaml} holds the documented defaults, and a
 * scenario file only states what differs from them.
 *
 * @param name a short identifier, echoed in every output
 * @param description what the scenario represents, for the report's reader
 * @param catalog the guarantee catalog: {@code builtin} or a path to a catalog file
 * @param calendar the calendar year simulated and its seasons
 * @param book the deals of one year
 * @param swap how resale deals are linked into sell-to-buy chains
 * @param risks what can go wrong with a deal, with incidence and severity
 * @param perReport the per-report guarantees, counted per year rather than per deal
 * @param advances how advances are recovered
 * @param buyBack how a bought-back home is resold
 * @param badYear how the market factor moves recoveries and resale discounts
 * @param claims how customers file their claims
 * @param stress the named stress regimes and the one in force
 * @param programme how a trial runs on past its first year, when a run simulates several
 */
public record Scenario(
    String name,
    String description,
    String catalog,
    SimulatedYear calendar,
    Book book,
    Swap swap,
    Risks risks,
    PerReport perReport,
    Advances advances,
    BuyBack buyBack,
    BadYear badYear,
    Claims claims,
    Stress stress,
    Programme programme) {

  /** Checks every field; the first problem is thrown as an error naming the field and value. */
  public void validate() {
    if (name == null || name.isBlank()) {
      throw ScenarioChecks.invalid("name", name, "must not be blank");
    }
    checkPathSegment(name);
    ScenarioChecks.required("calendar", calendar).validate("calendar");
    ScenarioChecks.required("book", book).validate("book");
    ScenarioChecks.required("swap", swap).validate("swap");
    ScenarioChecks.required("risks", risks).validate("risks");
    ScenarioChecks.required("perReport", perReport).validate("perReport");
    ScenarioChecks.required("advances", advances).validate("advances");
    ScenarioChecks.required("buyBack", buyBack).validate("buyBack");
    ScenarioChecks.required("badYear", badYear).validate("badYear");
    ScenarioChecks.required("claims", claims).validate("claims");
    ScenarioChecks.required("stress", stress).validate("stress", risks);
    ScenarioChecks.required("programme", programme).validate("programme");
  }

  /**
   * The scenario of path year {@code year} of a programme (0 for the first, which is this scenario
   * itself): the book grown by {@link Programme#growth}, the per-report counts with it (a larger
   * book has more listings and more customers to call), and the calendar {@code year} years on.
   * Later calendar years may lie past the holiday data; a trial uses only their civil calendar.
   */
  public Scenario yearOfProgramme(int year) {
    if (year == 0) {
      return this;
    }
    Book grown =
        new Book(
            programme.dealsInYear(book.deals(), year),
            book.mix(),
            book.resale(),
            book.newHome(),
            book.rental());
    SimulatedYear later = new SimulatedYear(calendar.year() + year, calendar.monthWeights());
    double scale = (double) grown.deals() / book.deals();
    PerReport counts =
        new PerReport(
            perReport.trueListingPerYear() * scale, perReport.noColdCallsPerYear() * scale);
    return new Scenario(
        name,
        description,
        catalog,
        later,
        grown,
        swap,
        risks,
        counts,
        advances,
        buyBack,
        badYear,
        claims,
        stress,
        programme);
  }

  /**
   * The longest name: 80 characters are at most 240 bytes in UTF-8, under any file system's 255.
   */
  public static final int NAME_MAX = 80;

  /**
   * The name is the default output directory ({@code anxin-out/<name>/}), so it must be one safe
   * path segment: no separator, no leading dot (which would also allow {@code .} and {@code ..}),
   * no control or bidirectional characters, and short enough for any file system. Refused rather
   * than rewritten, so that the directory is always the name the user wrote.
   */
  private static void checkPathSegment(String name) {
    if (name.length() > NAME_MAX) {
      throw ScenarioChecks.invalid("name", name, "must be at most " + NAME_MAX + " characters");
    }
    if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0) {
      throw ScenarioChecks.invalid(
          "name", name, "must not contain '/' or '\\' (it names the output directory)");
    }
    if (name.startsWith(".")) {
      throw ScenarioChecks.invalid(
          "name", name, "must not start with '.' (it names the output directory)");
    }
    if (!Printable.escape(name).equals(name)) {
      throw ScenarioChecks.invalid(
          "name", name, "must not contain control or bidirectional characters");
    }
  }
}
