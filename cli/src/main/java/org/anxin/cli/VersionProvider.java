package org.anxin.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.sla.calendar.Calendars;
import picocli.CommandLine;

/**
 * The version lines of {@code anxin --version}: Anxin's, as Maven wrote it into {@code
 * version.properties} at build time, the built-in guarantee catalog's and the holiday data's (what
 * a deadline or an assessment depends on besides the code), and the Java runtime's.
 */
final class VersionProvider implements CommandLine.IVersionProvider {

  /**
   * Anxin's own version line, {@code anxin 0.2.0}: what a run records, without loading the catalog
   * and the holiday data that {@code --version} also names.
   */
  static String anxinVersion() {
    Properties properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "anxin " + properties.getProperty("version", "unknown");
  }

  @Override
  public String[] getVersion() {
    Catalog catalog = Catalog.builtIn();
    return new String[] {
      anxinVersion(),
      "catalog " + catalog.id() + " " + catalog.version() + " (built in)",
      "holiday data " + Calendars.cnWorkday().version() + " (cn-workday)",
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
