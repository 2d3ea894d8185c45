package org.anxin.simulator.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.anxin.domain.deal.DealKind;
import org.anxin.guarantees.catalog.GuaranteeCode;
import org.anxin.guarantees.catalog.PayoutKind;
import org.anxin.simulator.engine.ClaimSink;

/**
 * {@code claims.csv.gz}: one row per simulated payout, gzip-compressed, in trial order (docs/
 * simulation.md). Each worker formats its chunk's rows into a buffer of its own; a finished chunk
 * is handed over and written as soon as every earlier chunk is, so the bytes are the same whatever
 * the number of threads. A worker more than {@link #WINDOW} chunks ahead of the next one to write
 * waits, which bounds the memory to a few chunks per thread.
 *
 * <p>The gzip header holds no time (Java writes a modification time of 0) and the deflater gets the
 * same writes in the same order, so the file's bytes depend only on the claims.
 */
// Guarantees, segments and kinds index their names' bytes by ordinal: nothing hashed per row.
@SuppressWarnings("EnumOrdinal")
public final class ClaimsCsv implements ClaimSink {

  /** The header row, without the line end. */
  public static final String HEADER =
      "trial,year,guarantee,deal_kind,deal,day,kind,count,amount,recovered,written_off";

  /** How far ahead of the next chunk to write a worker may get before it waits. */
  static final int WINDOW = 8;

  private static final byte[][] GUARANTEES = names(GuaranteeCode.values());
  private static final byte[][] SEGMENTS = names(DealKind.values());
  private static final byte[][] KINDS = kindIds();

  private final QuickGzip out;
  private final LocalDate firstDay;
  private final int firstYear;
  private final Map<Integer, byte[]> waiting = new HashMap<>();
  private int next;
  private boolean aborted;
  private IOException failure;

  /**
   * Claims written compressed to {@code out}, which this sink finishes but does not close.
   *
   * @param out the file's stream
   * @param firstYear the calendar year of the paths' first year: day 0 is its 1 January
   * @throws IOException when the header cannot be written
   */
  public ClaimsCsv(OutputStream out, int firstYear) throws IOException {
    this.out = new QuickGzip(out);
    this.firstYear = firstYear;
    this.firstDay = LocalDate.of(firstYear, 1, 1);
    this.out.write((HEADER + "\n").getBytes(StandardCharsets.US_ASCII));
  }

  @Override
  public Recorder recorder() {
    return new Rows();
  }

  @Override
  public synchronized void abort() {
    aborted = true;
    notifyAll();
  }

  /**
   * Writes the rest of the compressed data and the gzip trailer, once the run is over, and flushes
   * the stream without closing it.
   *
   * @throws IOException when a write failed, during the run or now
   */
  public synchronized void finish() throws IOException {
    if (failure != null) {
      throw failure;
    }
    if (!waiting.isEmpty()) {
      throw new IllegalStateException("chunks never written: " + waiting.keySet());
    }
    out.done();
  }

  /** The write that failed during the run, if one did. */
  public synchronized IOException failure() {
    return failure;
  }

  /** Takes chunk {@code chunk}'s rows, and writes every chunk that is next in order. */
  private synchronized void submit(int chunk, byte[] rows) {
    while (chunk - next >= WINDOW && !aborted) {
      try {
        wait();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while writing claims", e);
      }
    }
    if (aborted) {
      throw new ClaimSink.Aborted("the run failed; claims not written");
    }
    waiting.put(chunk, rows);
    try {
      for (byte[] ready = waiting.remove(next); ready != null; ready = waiting.remove(next)) {
        out.write(ready);
        next++;
      }
    } catch (IOException e) {
      failure = e;
      aborted = true;
      notifyAll();
      throw new UncheckedIOException(e);
    }
    notifyAll();
  }

  /** One worker's rows of the chunk it is simulating, as ASCII bytes. */
  private final class Rows implements Recorder {

    private byte[] buffer = new byte[1 << 16];
    private int size;
    private byte[][] dates = new byte[0][];

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
      ensure(256);
      number(trial);
      comma();
      number(firstYear + pathYear);
      comma();
      bytes(GUARANTEES[code.ordinal()]);
      comma();
      if (segment != null) {
        bytes(SEGMENTS[segment.ordinal()]);
      }
      comma();
      if (deal >= 0) {
        number(deal);
      }
      comma();
      if (day >= 0) {
        bytes(date(day));
      }
      comma();
      bytes(KINDS[kind.ordinal()]);
      comma();
      number(count);
      comma();
      yuan(amountFen);
      comma();
      yuan(recoveredFen);
      comma();
      yuan(writtenOffFen);
      buffer[size++] = '\n';
    }

    @Override
    public void endChunk(int chunk) {
      byte[] rows = Arrays.copyOf(buffer, size);
      size = 0;
      submit(chunk, rows);
    }

    private byte[] date(int day) {
      if (day >= dates.length) {
        dates = Arrays.copyOf(dates, Math.max(day + 1, dates.length * 2));
      }
      byte[] date = dates[day];
      if (date == null) {
        date = firstDay.plusDays(day).toString().getBytes(StandardCharsets.US_ASCII);
        dates[day] = date;
      }
      return date;
    }

    private void ensure(int more) {
      if (size + more > buffer.length) {
        buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
      }
    }

    private void comma() {
      buffer[size++] = ',';
    }

    private void bytes(byte[] text) {
      System.arraycopy(text, 0, buffer, size, text.length);
      size += text.length;
    }

    /** A non-negative integer in decimal. */
    private void number(long value) {
      if (value < 0) {
        buffer[size++] = '-';
        value = -value;
      }
      int digits = 1;
      for (long v = value / 10; v > 0; v /= 10) {
        digits++;
      }
      for (int i = size + digits - 1; i >= size; i--) {
        buffer[i] = (byte) ('0' + value % 10);
        value /= 10;
      }
      size += digits;
    }

    /** Fen as yuan with two decimals, as {@code Money.format} writes them. */
    private void yuan(long fen) {
      if (fen < 0) {
        buffer[size++] = '-';
        fen = -fen;
      }
      number(fen / 100);
      long cents = fen % 100;
      buffer[size++] = '.';
      buffer[size++] = (byte) ('0' + cents / 10);
      buffer[size++] = (byte) ('0' + cents % 10);
    }
  }

  private static byte[][] names(Enum<?>[] values) {
    byte[][] names = new byte[values.length][];
    for (Enum<?> value : values) {
      names[value.ordinal()] =
          value.name().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
    }
    return names;
  }

  private static byte[][] kindIds() {
    PayoutKind[] kinds = PayoutKind.values();
    byte[][] ids = new byte[kinds.length][];
    for (PayoutKind kind : kinds) {
      ids[kind.ordinal()] = kind.id().getBytes(StandardCharsets.US_ASCII);
    }
    return ids;
  }

  /**
   * Gzip at the fastest level: the file is large (tens of millions of rows) and written by one
   * thread, and the fastest level costs far less time for a little more size.
   */
  private static final class QuickGzip extends GZIPOutputStream {
    QuickGzip(OutputStream out) throws IOException {
      super(out, 1 << 16);
      def.setLevel(Deflater.BEST_SPEED);
    }

    /** Ends the gzip data and frees the deflater, leaving the stream open. */
    void done() throws IOException {
      finish();
      flush();
      def.end();
    }
  }
}
