package org.anxin.cli;

import java.io.PrintWriter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a long run on stderr; stdout stays clean for {@code --format json}. On a terminal, a
 * bar with rate and ETA redrawn in place; elsewhere (a log file, a CI job, a pipe) a plain line at
 * most every {@link #LINE_INTERVAL_NANOS 5 seconds}, so a log gets a few readable lines and no
 * carriage returns.
 */
final class Progress implements AutoCloseable {

  private static final int WIDTH = 100;

  /** The least time between two progress lines when stderr is not a terminal. */
  static final long LINE_INTERVAL_NANOS = 5_000_000_000L;

  /** How progress is shown. */
  enum Mode {
    /** Nothing: a short run, or {@code --quiet}. */
    SILENT,
    /** A bar redrawn in place: stderr is a terminal. */
    BAR,
    /** A line now and then: stderr is a file or a pipe. */
    LINES
  }

  private final ProgressBar bar;
  private final PrintWriter err;
  private final Lines lines;

  private Progress(ProgressBar bar, PrintWriter err, Lines lines) {
    this.bar = bar;
    this.err = err;
    this.lines = lines;
  }

  /**
   * Whether stderr is a terminal. The launcher tells ({@code -Danxin.stderr.terminal}, from the
   * shell's {@code [ -t 2 ]}); Java cannot ask for stderr itself, so without the launcher a console
   * on stdin and stdout is taken as a sign that stderr is one too.
   */
  // On Java 17, the project's target, System.console() is null unless stdin and stdout are a
  // terminal; from Java 22 it is never null and this fallback shows the bar. The launcher's
  // property decides in every case that matters.
  @SuppressWarnings("SystemConsoleNull")
  static boolean stderrIsTerminal() {
    String told = System.getProperty("anxin.stderr.terminal");
    return told == null ? System.console() != null : Boolean.parseBoolean(told);
  }

  /** The plain lines of {@link Mode#LINES}: done so far, of how many, and how long it took. */
  private static final class Lines {
    private final PrintWriter err;
    private final long total;
    private final long started = System.nanoTime();
    private long done;
    private long lastLine = started;

    Lines(PrintWriter err, long total) {
      this.err = err;
      this.total = total;
    }

    synchronized void advance(long more) {
      done += more;
      long now = System.nanoTime();
      if (now - lastLine >= LINE_INTERVAL_NANOS && done < total) {
        lastLine = now;
        print(now);
      }
    }

    synchronized void finish() {
      print(System.nanoTime());
    }

    private void print(long now) {
      synchronized (err) {
        err.printf(
            Locale.ROOT,
            "Simulating: %,d of %,d trials (%d %%), %d s%n",
            done,
            total,
            total == 0 ? 100 : done * 100 / total,
            (now - started) / 1_000_000_000L);
        err.flush();
      }
    }
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

  /** Progress over {@code trials}, shown as {@code mode} says. */
  static Progress start(PrintWriter err, long trials, Mode mode) {
    if (mode == Mode.SILENT) {
      return new Progress(null, err, null);
    }
    if (mode == Mode.LINES) {
      return new Progress(null, err, new Lines(err, trials));
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
    return new Progress(bar, err, null);
  }

  /** {@code trials} more trials are done; callable from any thread. */
  void advance(int trials) {
    if (bar != null) {
      bar.stepBy(trials);
    } else if (lines != null) {
      lines.advance(trials);
    }
  }

  @Override
  public void close() {
    if (lines != null) {
      lines.finish();
    }
    if (bar != null) {
      bar.close();
      synchronized (err) {
        err.println();
        err.flush();
      }
    }
  }
}
