package org.anxin.simulator.compare;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CompareHtmlTest {

  private static final String EVIL = "<script>alert('x')</script>&\"";

  private static RunFigures run(String scenario, String catalog, long... costs) {
    return new RunFigures(
        "/runs/" + scenario,
        new RunFigures.Identity(scenario, 1, costs.length, 1, 10, catalog, catalog),
        new RunFigures.Estimate(200, 100L, 300L),
        50,
        new RunFigures.Estimate(300, 250L, null),
        new RunFigures.Estimate(300, 280L, 320L),
        List.of(new RunFigures.GuaranteeFigures(EVIL, 20, 30)),
        List.of(new RunFigures.ExceedancePoint(2, 200), new RunFigures.ExceedancePoint(5, 300)),
        TrialCosts.of(costs));
  }

  private static String page() throws Exception {
    Comparison c = Comparison.of(run(EVIL, EVIL, 100, 300), run("b</title>", "v", 100, 400), false);
    StringWriter out = new StringWriter();
    CompareHtml.write(c, out);
    return out.toString();
  }

  @Test
  void escapesEveryStringFromTheRuns() throws Exception {
    String html = page();
    // The only script elements are the page's three: ECharts, the data and the charts.
    assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;&quot;"));
    assertFalse(html.contains("<script>alert"), "raw in the HTML");
    assertFalse(html.contains("b</title>"), "the title is closed early");
    assertTrue(html.contains("\\u003cscript\\u003ealert"), "the JSON escapes < and >");
    assertTrue(Pattern.compile("<script").matcher(html).results().count() == 3, "three scripts");
  }

  @Test
  void loadsNothingFromTheNetwork() throws Exception {
    String html = page();
    assertFalse(Pattern.compile("(src|href)\\s*=\\s*[\"']?(https?:)?//").matcher(html).find());
    assertFalse(html.contains("@import"));
    assertFalse(
        Pattern.compile("url\\((?!#|data:)")
            .matcher(html.replaceAll("(?s)<script>.*?</script>", ""))
            .find());
    assertTrue(html.contains("echarts"), "ECharts is inlined");
    assertTrue(html.length() > 500_000, "ECharts is inlined");
  }

  @Test
  void warningsAppearOnThePage() throws Exception {
    String html = page();
    assertTrue(html.contains("<section class=\"warnings\">"));
    assertTrue(html.contains("different catalogs"));
  }
}
