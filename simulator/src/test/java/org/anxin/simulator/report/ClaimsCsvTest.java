package org.anxin.simulator.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.anxin.domain.deal.DealKind;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.guarantees.catalog.GuaranteeCode;
import org.anxin.guarantees.catalog.PayoutKind;
import org.anxin.simulator.engine.ClaimSink;
import org.anxin.simulator.engine.MonteCarloEngine;
import org.anxin.simulator.engine.TrialResults;
import org.anxin.simulator.scenario.Scenario;
import org.anxin.simulator.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * {@code claims.csv.gz}: its rows are the payouts the engine booked, so they add up to trials.csv
 * row by row, and its bytes do not depend on the number of threads.
 */
class ClaimsCsvTest {

  private static final Scenario SQUEEZE = ScenarioLoader.resolve("shanghai-credit-squeeze");
  private static final int TRIALS = 150;

  /** The run's results and its claims file's bytes. */
  private record Run(TrialResults results, byte[] gzip) {}

  private static Run run(Scenario scenario, int trials, int years, int threads) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ClaimsCsv claims = new ClaimsCsv(bytes, scenario.calendar().year());
    TrialResults results =
        MonteCarloEngine.of(scenario, Catalog.builtIn())
            .run(trials, years, 5L, threads, null, claims);
    claims.finish();
    return new Run(results, bytes.toByteArray());
  }

  private static List<String> lines(byte[] gzip) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines().toList();
    }
  }

  private static long fen(String yuan) {
    assertTrue(yuan.matches("\\d+\\.\\d\\d"), yuan);
    return Long.parseLong(yuan.replace(".", ""));
  }

  @Test
  void theBytesAreTheSameWhateverTheThreads() throws IOException {
    // 150 trials are ten chunks: with three threads they finish out of order.
    Run one = run(SQUEEZE, TRIALS, 1, 1);
    Run three = run(SQUEEZE, TRIALS, 1, 3);
    assertArrayEquals(one.gzip(), three.gzip());
    // A gzip header without a time: the bytes depend on the claims only.
    assertArrayEquals(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0}, head(one.gzip(), 8));
  }

  private static byte[] head(byte[] bytes, int n) {
    byte[] head = new byte[n];
    System.arraycopy(bytes, 0, head, 0, n);
    return head;
  }

  @Test
  void theClaimsAddUpToEachTrialsFigures() throws IOException {
    Run run = run(SQUEEZE, TRIALS, 1, 2);
    TrialResults results = run.results();
    List<String> lines = lines(run.gzip());
    assertEquals(ClaimsCsv.HEADER, lines.get(0));
    Map<String, Long> sums = new HashMap<>();
    int lastTrial = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split(",", -1);
      assertEquals(11, c.length, line);
      int trial = Integer.parseInt(c[0]);
      assertTrue(trial >= lastTrial, "rows in trial order: " + line);
      lastTrial = trial;
      assertEquals("2025", c[1], line);
      String guarantee = c[2];
      String kind = c[6];
      long count = Long.parseLong(c[7]);
      long amount = fen(c[8]);
      long recovered = fen(c[9]);
      long writtenOff = fen(c[10]);
      boolean perReport = guarantee.equals("true_listing") || guarantee.equals("no_cold_calls");
      assertEquals(perReport, c[5].isEmpty(), line);
      assertEquals(perReport, c[4].isEmpty(), line);
      if (!perReport) {
        assertEquals(1, count, line);
        LocalDate day = LocalDate.parse(c[5]);
        assertTrue(day.getYear() >= 2025, line);
      }
      switch (kind) {
        case "compensation", "refund" -> {
          assertEquals(0, recovered + writtenOff, line);
          add(sums, trial, kind, amount);
        }
        case "advance", "buyback" -> {
          assertEquals(amount, recovered + writtenOff, line);
          add(sums, trial, kind, amount);
          add(sums, trial, kind + " recovered", recovered);
          add(sums, trial, kind + " written off", writtenOff);
        }
        default -> throw new AssertionError(line);
      }
      // A guarantee's cost is what its payouts do not get back.
      add(sums, trial, guarantee, amount - recovered);
      add(sums, trial, guarantee + " count", count);
      add(sums, trial, "cash", amount);
    }
    long advances = 0;
    for (int t = 0; t < results.trials(); t++) {
      for (GuaranteeCode code : GuaranteeCode.values()) {
        String name = TrialsCsvTest.column(code);
        assertEquals(results.cost(code, t), sum(sums, t, name), t + " " + name);
        assertEquals(results.count(code, t), sum(sums, t, name + " count"), t + " " + name);
      }
      assertEquals(results.compensations(t), sum(sums, t, "compensation"), "trial " + t);
      assertEquals(results.refunds(t), sum(sums, t, "refund"), "trial " + t);
      assertEquals(results.advanced(t), sum(sums, t, "advance"), "trial " + t);
      assertEquals(results.recovered(t), sum(sums, t, "advance recovered"), "trial " + t);
      assertEquals(results.writtenOff(t), sum(sums, t, "advance written off"), "trial " + t);
      assertEquals(results.boughtBack(t), sum(sums, t, "buyback"), "trial " + t);
      assertEquals(results.buyBackLoss(t), sum(sums, t, "buyback written off"), "trial " + t);
      assertEquals(results.totalCashOut(t), sum(sums, t, "cash"), "trial " + t);
      advances += results.advanced(t);
    }
    assertTrue(advances > 0);
  }

  @Test
  void aProgrammeWritesTheClaimsOfEveryYear() throws IOException {
    Scenario small = ScenarioLoader.parse("name: small\nbook: {deals: 2000}");
    List<String> lines = lines(run(small, 20, 3, 2).gzip());
    for (String year : List.of("2025", "2026", "2027")) {
      assertTrue(
          lines.stream().anyMatch(l -> l.split(",")[1].equals(year)), "claims of the year " + year);
    }
  }

  @Test
  void aFailedWriteFailsTheRunInsteadOfHangingIt() throws IOException {
    OutputStream broken =
        new OutputStream() {
          private int written;

          @Override
          public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            written += len;
            if (written > 1 << 17) {
              throw new IOException("disk full");
            }
          }
        };
    ClaimsCsv claims = new ClaimsCsv(broken, 2025);
    MonteCarloEngine engine = MonteCarloEngine.of(SQUEEZE, Catalog.builtIn());
    assertThrows(RuntimeException.class, () -> engine.run(TRIALS, 1, 5L, 3, null, claims));
    assertEquals("disk full", claims.failure().getMessage());
    assertThrows(IOException.class, claims::finish);
  }

  /**
   * When a worker fails, the others stop because of it (the sink aborts them); the failure the
   * engine reports is the worker's own, not one of the aborts, whichever thread ends first.
   */
  @Test
  void theCauseOfAFailedRunIsReportedNotTheAbortsItCaused() throws IOException {
    MonteCarloEngine engine = MonteCarloEngine.of(SQUEEZE, Catalog.builtIn());
    for (int round = 0; round < 5; round++) {
      ClaimsCsv claims = new ClaimsCsv(OutputStream.nullOutputStream(), 2025);
      ClaimSink failing =
          new ClaimSink() {
            @Override
            public Recorder recorder() {
              Recorder own = claims.recorder();
              return new Recorder() {
                @Override
                public void claim(
                    int trial,
                    int pathYear,
                    GuaranteeCode code,
                    DealKind segment,
                    int deal,
                    int day,
                    PayoutKind kind,
                    long count,
                    long amountFen,
                    long recoveredFen,
                    long writtenOffFen) {
                  own.claim(
                      trial,
                      pathYear,
                      code,
                      segment,
                      deal,
                      day,
                      kind,
                      count,
                      amountFen,
                      recoveredFen,
                      writtenOffFen);
                }

                @Override
                public void endChunk(int chunk) {
                  if (chunk == 2) {
                    throw new ArithmeticException("ROOT CAUSE");
                  }
                  own.endChunk(chunk);
                }
              };
            }

            @Override
            public void abort() {
              claims.abort();
            }
          };
      RuntimeException e =
          assertThrows(RuntimeException.class, () -> engine.run(TRIALS, 1, 5L, 4, null, failing));
      Throwable cause = e instanceof ArithmeticException ? e : e.getCause();
      assertEquals("ROOT CAUSE", cause.getMessage(), "round " + round);
    }
  }

  private static void add(Map<String, Long> sums, int trial, String key, long value) {
    sums.merge(trial + " " + key, value, Long::sum);
  }

  private static long sum(Map<String, Long> sums, int trial, String key) {
    return sums.getOrDefault(trial + " " + key, 0L);
  }
}
