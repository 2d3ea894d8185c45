package org.anxin.spark;

import java.net.URISyntaxException;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.DefaultConfiguration;
import org.apache.spark.SparkContext;

/**
 * Spark logs at INFO by default, dozens of lines a run; Anxin's runs log warnings and errors only,
 * unless the user has configured log4j (a {@code log4j2.properties} on the class path, as in {@code
 * SPARK_CONF_DIR}, or {@code -Dlog4j2.configurationFile}), which is left as it is.
 */
final class QuietLogging {

  private static final String CONFIG = "log4j2-quiet.properties";

  private static volatile boolean applied;

  private QuietLogging() {}

  /** Whether {@link #apply} found log4j unconfigured and made it quiet. */
  static boolean applied() {
    return applied;
  }

  /** Replaces log4j's default configuration, or Spark's, by Anxin's quiet one. */
  static void apply() {
    if (System.getProperty("log4j2.configurationFile") != null
        || System.getProperty("log4j.configurationFile") != null) {
      return;
    }
    // Spark's context: under spark-submit this class comes from the application's class loader,
    // whose own log4j context is not the one Spark logs to.
    LoggerContext context =
        (LoggerContext) LogManager.getContext(SparkContext.class.getClassLoader(), false);
    Configuration current = context.getConfiguration();
    String location = current.getConfigurationSource().getLocation();
    boolean byDefault =
        current instanceof DefaultConfiguration
            || location == null
            || location.contains("org/apache/spark/log4j2-defaults");
    if (!byDefault) {
      return;
    }
    try {
      context.setConfigLocation(QuietLogging.class.getResource(CONFIG).toURI());
      applied = true;
    } catch (URISyntaxException e) {
      throw new IllegalStateException("the built-in " + CONFIG + " has no URI", e);
    }
  }
}
