package org.anxin.cli;

import java.io.PrintWriter;
import java.time.temporal.ChronoUnit;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar with rate and ETA on stderr for long runs; stdout stays clean for {@code --format
 * json}. Redraws in place with a carriage return, so a log file gets a few lines, not thousands.
 */
final class Progress implements AutoCloseable {

  private static final int WIDTH = 100;

  private final ProgressBar bar;
  private final PrintWriter err;

  private Progress(ProgressBar bar, PrintWriter err) {
    this.bar = bar;
    this.err = err;
  }

  /** Redraws the bar unless it shows exactly what it showed last (the final redraw on close). */
  private static final class Redraw implements java.util.function.Consumer<String> {
    private final PrintWriter err;
    private String last = "";

    Redraw(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void accept(String line) {
      synchronized (err) {
        if (line.equals(last)) {
          return;
        }
        last = line;
        err.print('\r');
        err.print(line);
        err.flush();
      }
    }
  }

  /** A bar over {@code trials}, or a silent one when {@code silent}. */
  static Progress start(PrintWriter err, long trials, boolean silent) {
    if (silent) {
      return new Progress(null, err);
    }
    ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName("Simulating")
            .setInitialMax(trials)
            .setUnit(" trials", 1)
            .showSpeed()
            .setSpeedUnit(ChronoUnit.SECONDS)
            .setStyle(ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(500)
            .setConsumer(new DelegatingProgressBarConsumer(new Redraw(err), WIDTH))
            .build();
    return new Progress(bar, err);
  }

  /** {@code trials} more trials are done; callable from any thread. */
  void advance(int trials) {
    if (bar != null) {
      bar.stepBy(trials);
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
      synchronized (err) {
        err.println();
        err.flush();
      }
    }
  }
}
