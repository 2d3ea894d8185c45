package org.anxin.simulator.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * What a self-contained HTML page of Anxin needs: escaping for text and for JSON inside a script
 * element, and the ECharts library from its WebJar, to be inlined so the page works offline.
 */
public final class HtmlText {

  private static final String ECHARTS =
      "/META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";

  private HtmlText() {}

  /**
   * Escapes text for HTML element content and attribute values.
   *
   * @param text any text; null gives the empty string
   * @return the text with {@code < > & " '} as character references
   */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '&' -> escaped.append("&amp;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /**
   * JSON that can sit inside a script element: no character of it can end the element.
   *
   * @param json JSON text
   * @return the same JSON with {@code <}, {@code >} and {@code &} as Unicode escapes
   */
  public static String scriptSafe(String json) {
    return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }

  /**
   * The ECharts library, minified, from its WebJar on the classpath.
   *
   * @return the script's text
   */
  public static String echarts() {
    try (InputStream in = HtmlText.class.getResourceAsStream(ECHARTS)) {
      if (in == null) {
        throw new IllegalStateException("ECharts WebJar missing from the classpath: " + ECHARTS);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fen as millions of yuan with 4 decimals, half-even: the charts' unit on both pages. */
  public static BigDecimal chartMillions(long fen) {
    return BigDecimal.valueOf(fen).movePointLeft(8).setScale(4, RoundingMode.HALF_EVEN);
  }
}
