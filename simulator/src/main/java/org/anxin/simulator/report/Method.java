package org.anxin.simulator.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.anxin.simulator.scenario.Scenario;

/**
 * The report's method section: what a trial is, how the risks move together, the conventions behind
 * every figure (docs/statistics.md) and the scenario's assumptions. The caller closes the section
 * after adding the raw scenario.
 */
final class Method {

  private Method() {}

  /** Opens the section and writes the method and the assumptions tables. */
  static void write(Summary summary, Scenario scenario, String anxinVersion, Writer out)
      throws IOException {
    out.write("<section id=\"method\"><h2>Method and assumptions</h2>\n");
    out.write(
        String.format(
            Locale.ROOT,
            "<ul class=\"method\">\n"
                + "<li><strong>A trial</strong> is one simulated year of the book: %,d deals laid"
                + " out by the scenario, each struck or not by each risk, every struck deal's"
                + " guarantees paid by the catalog's formulas and windows, advances recovered or"
                + " written off and bought-back homes resold. The run has %,d %strials"
                + " from seed %d; the figures are a pure function of the scenario, the catalog and"
                + " the seed, whatever the thread count.</li>\n"
                + "<li><strong>Dependence between deals:</strong> a one-factor Gaussian copula."
                + " Each year draws a market factor Z ~ N(0, 1); a risk of probability p and"
                + " weight &rho; strikes each deal with probability p(Z) = &Phi;((&Phi;<sup>"
                + "&minus;1</sup>(p) &minus; &radic;&rho; Z) / &radic;(1 &minus; &rho;)), so bad"
                + " years strike many deals at once. The same factor loads recoveries and resale"
                + " discounts (the bad-year loadings).</li>\n"
                + "<li><strong>Net cost</strong> = compensations + commission refunds + buy-back"
                + " losses + advances written off; the gross paid is the cash out before"
                + " anything comes back (refunds excluded).</li>\n"
                + "<li><strong>Conventions:</strong> the quantile at q is the order statistic"
                + " x(&lceil;nq&rceil;) of the n trials (ties by trial index); VaR 99.5 %% is"
                + " x(&lceil;0.995n&rceil;); TVaR 99.5 %% is the exact mean of the worst"
                + " &lceil;0.005n&rceil; trials (here %,d); a guarantee's tail contribution is"
                + " its mean over those same trials, so the contributions add up to the TVaR."
                + "</li>\n"
                + "%s"
                + "<li><strong>Version:</strong> %s; catalog %s %s.</li>\n</ul>\n",
            summary.dealsPerTrial(),
            summary.trials(),
            summary.sampling().stratified() ? "" : "independent ",
            summary.seed(),
            summary.tail().tailTrials(),
            intervals(summary),
            ReportText.escape(anxinVersion),
            ReportText.escape(summary.catalogId()),
            ReportText.escape(summary.catalogVersion())));
    out.write("<h3>The scenario's main assumptions</h3>\n");
    Assumptions.write(scenario, out);
  }

  /** How the intervals were computed: the plain formulas, or a stratified run's batches. */
  private static String intervals(Summary summary) {
    if (summary.sampling().stratified()) {
      return "<li><strong>Stratified market factor</strong> (<code>--sampling stratified</code>):"
          + " the trials are dealt into "
          + summary.sampling().batches()
          + " batches, and each batch's trials take one year each from equal slices of the"
          + " market factor's probability scale, so bad years come in exactly their share. The"
          + " figures are those of all trials; the <strong>95 % intervals</strong> (Monte Carlo"
          + " error only, not the model's) and the standard errors take their spread from the "
          + summary.sampling().batches()
          + " batches, which are independent: of the batch means for the mean, of the share of"
          + " years above the VaR for the VaR (two order statistics), of the mean excess over the"
          + " VaR for the TVaR (Student t, "
          + (summary.sampling().batches() - 1)
          + " degrees of freedom). The batches are independent of each other; the trials within a"
          + " batch are not.</li>\n";
    }
    return "<li><strong>95 % intervals</strong> measure the Monte Carlo error only, not the"
        + " model's: the mean &plusmn; 1.96 standard errors; for the VaR two order"
        + " statistics from the binomial distribution (distribution-free); for the TVaR"
        + " the asymptotic variance of the tail mean (Manistre and Hancock, 2005).</li>\n";
  }
}
