package org.anxin.spark;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Locale;
import org.anxin.domain.InvalidInputException;
import org.anxin.domain.Printable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/** Starts the Spark context of a command-line run, refusing in one line what cannot start. */
final class SparkContexts {

  /** How long to wait for a standalone master to accept a connection. */
  private static final int CONNECT_MILLIS = 3_000;

  private SparkContexts() {}

  /**
   * A context on {@code master}, or on spark-submit's master when it is {@code null}, or on {@code
   * local[*]} when neither says.
   *
   * @throws InvalidInputException naming {@code --master} when Spark cannot start there
   */
  static JavaSparkContext start(String master) {
    SparkConf conf = new SparkConf().setAppName("anxin");
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    String url = conf.get("spark.master");
    // Our progress bar is the one on stderr; a local run needs no web UI on port 4040.
    conf.setIfMissing("spark.ui.showConsoleProgress", "false");
    if (QuietLogging.applied()) {
      // Under spark-submit Spark sets up its logging again when the context starts: its own knob
      // keeps that quiet too.
      conf.setIfMissing("spark.log.level", "WARN");
    }
    if (url.startsWith("local")) {
      conf.setIfMissing("spark.ui.enabled", "false");
    }
    checkStandaloneMaster(url);
    try {
      return new JavaSparkContext(conf);
    } catch (Exception e) { // Scala code throws SparkException, a checked exception, undeclared.
      throw new InvalidInputException(
          "--master", url, "Spark cannot start there: " + Printable.excerpt(firstLine(e)), e);
    }
  }

  /**
   * A standalone master that does not answer would keep Spark retrying for a minute before it gives
   * up: one that refuses the connection is told at once.
   */
  private static void checkStandaloneMaster(String url) {
    if (!url.toLowerCase(Locale.ROOT).startsWith("spark://")) {
      return;
    }
    IOException last = null;
    for (String hostPort : url.substring("spark://".length()).split(",", -1)) {
      int colon = hostPort.lastIndexOf(':');
      String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
      int port;
      try {
        port = colon < 0 ? 7077 : Integer.parseInt(hostPort.substring(colon + 1));
      } catch (NumberFormatException e) {
        throw new InvalidInputException(
            "--master", url, "the port of " + hostPort + " is not a number");
      }
      if (port < 1 || port > 65_535) {
        throw new InvalidInputException(
            "--master", url, "the port of " + hostPort + " must be 1 to 65535");
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(host, port), CONNECT_MILLIS);
        return;
      } catch (IOException e) {
        last = e;
      }
    }
    throw new InvalidInputException(
        "--master",
        url,
        "no Spark master answers there ("
            + (last == null ? "no address" : last.getMessage())
            + "); is it running, and is the host and port right?");
  }

  private static String firstLine(Throwable e) {
    String message = String.valueOf(e.getMessage());
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
