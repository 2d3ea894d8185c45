package org.anxin.guarantees.casefile;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Work on a large case's items, one result per item, on every core, with the result a single thread
 * would give: the results in the items' order, and when items fail, the failure of the first of
 * them. Reading, checking and assessing a case of 100,000 deals is a pass per item that depends on
 * nothing but the item (and on what is read-only by then), so the passes split cleanly.
 *
 * <p>Small cases (fewer than {@value #PARALLEL_FROM} items) run on the calling thread. A large one
 * is cut into one contiguous range per core; the calling thread works the first and a thread of its
 * own each of the others. Not the common fork-join pool: a worker of that pool that runs out of
 * memory can die without completing its task and leave the caller waiting for ever, where here the
 * caller joins threads that always end, and gets back whatever each one threw, an {@link Error}
 * too, thrown on the caller's thread as one thread would have thrown it.
 */
public final class InOrder {

  /** The number of items from which the work is split across the cores. */
  public static final int PARALLEL_FROM = 4096;

  private InOrder() {}

  /**
   * {@code work} applied to every index from 0 to {@code count - 1}, in index order.
   *
   * @throws RuntimeException the exception of the lowest index whose work threw, as thrown
   * @throws Error an error (out of memory, stack overflow) at a lower index than any exception, as
   *     thrown
   */
  public static <R> List<R> map(int count, IntFunction<? extends R> work) {
    Object[] results = new Object[count];
    int ranges = Math.min(Runtime.getRuntime().availableProcessors(), count / (PARALLEL_FROM / 2));
    if (count < PARALLEL_FROM || ranges < 2) {
      for (int i = 0; i < count; i++) {
        results[i] = work.apply(i);
      }
    } else {
      new Split(count, ranges, work, results).run();
    }
    @SuppressWarnings("unchecked")
    List<R> list = (List<R>) Collections.unmodifiableList(Arrays.asList(results));
    return list;
  }

  /** One run of the work, cut into {@code ranges} contiguous ranges. */
  private static final class Split {
    private final int count;
    private final int ranges;
    private final IntFunction<?> work;
    private final Object[] results;
    // The first failing index so far: past it nothing is needed, only the first is reported.
    private final AtomicInteger firstFailure;

    // A range stops at its first failure, an exception or an error, kept here for the caller: the
    // ranges are contiguous and ascending, so the lowest range's failure is the lowest item's.
    private final Throwable[] failures;

    // Whether each range ran to its end or to a failure it recorded.
    private final boolean[] finished;

    Split(int count, int ranges, IntFunction<?> work, Object[] results) {
      this.count = count;
      this.ranges = ranges;
      this.work = work;
      this.results = results;
      this.firstFailure = new AtomicInteger(count);
      this.failures = new Throwable[ranges];
      this.finished = new boolean[ranges];
    }

    void run() {
      Thread[] workers = new Thread[ranges];
      int started = 1;
      try {
        for (; started < ranges; started++) {
          int range = started;
          workers[range] = new Thread(() -> work(range), "anxin-case-worker-" + range);
          workers[range].setDaemon(true);
          // Whatever escapes a range is the caller's to report (see below); the thread prints none.
          workers[range].setUncaughtExceptionHandler((thread, e) -> {});
          workers[range].start();
        }
      } catch (OutOfMemoryError e) {
        // No more threads ("unable to create native thread"): the remaining ranges run here.
      }
      work(0);
      for (int r = started; r < ranges; r++) {
        work(r);
      }
      joinAll(workers, started);
      for (int r = 0; r < ranges; r++) {
        if (!finished[r]) { // its worker died recording a failure: out of memory, most likely
          throw new OutOfMemoryError("a worker ended before its part of the case");
        }
      }
      for (Throwable failure : failures) {
        if (failure instanceof Error error) {
          throw error;
        }
        if (failure != null) {
          throw (RuntimeException) failure;
        }
      }
    }

    private void work(int range) {
      int from = (int) ((long) count * range / ranges);
      int to = (int) ((long) count * (range + 1) / ranges);
      for (int i = from; i < to && i < firstFailure.get(); i++) {
        try {
          results[i] = work.apply(i);
        } catch (RuntimeException | Error e) { // the caller throws it; the thread never prints it
          // Nothing here may allocate: the error may be that memory ran out.
          failures[range] = e;
          lowerFirstFailure(i);
          break;
        }
      }
      finished[range] = true;
    }

    private void lowerFirstFailure(int index) {
      int seen = firstFailure.get();
      while (index < seen && !firstFailure.compareAndSet(seen, index)) {
        seen = firstFailure.get();
      }
    }

    private static void joinAll(Thread[] workers, int started) {
      boolean interrupted = false;
      for (int r = 1; r < started; r++) {
        while (true) {
          try {
            workers[r].join();
            break;
          } catch (InterruptedException e) {
            interrupted = true; // the workers end by themselves; their results are needed
          }
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
