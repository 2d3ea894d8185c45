package org.anxin.guarantees.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Work split across the cores gives what one thread gives: every result in its item's order, and of
 * several failures the first item's, as thrown.
 */
class InOrderPropertiesTest {

  /** The one-thread meaning: a loop that stops at the first failure. */
  private static <R> List<R> oneThread(int count, IntFunction<R> work) {
    List<R> results = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      results.add(work.apply(i));
    }
    return results;
  }

  private static final class Failed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int index;

    Failed(int index) {
      super("item " + index);
      this.index = index;
    }
  }

  @Test
  void resultsAreInTheItemsOrderOnEitherSideOfTheSplit() {
    qt().withExamples(40)
        .forAll(integers().between(0, 3 * InOrder.PARALLEL_FROM))
        .checkAssert(
            count -> {
              IntFunction<Long> work = i -> (long) i * i - 7L * i;
              assertEquals(oneThread(count, work), InOrder.map(count, work));
            });
  }

  @Test
  void ofSeveralFailuresTheFirstItemsIsThrown() {
    qt().withExamples(40)
        .forAll(
            integers().between(InOrder.PARALLEL_FROM - 2, 3 * InOrder.PARALLEL_FROM),
            lists().of(integers().between(0, 3 * InOrder.PARALLEL_FROM)).ofSizeBetween(1, 12))
        .assuming((count, failing) -> failing.stream().anyMatch(f -> f < count))
        .checkAssert(
            (count, failing) -> {
              Set<Integer> fails = new TreeSet<>(failing);
              IntFunction<Integer> work =
                  i -> {
                    if (fails.contains(i)) {
                      throw new Failed(i);
                    }
                    return i;
                  };
              Failed expected = assertThrows(Failed.class, () -> oneThread(count, work));
              Failed actual = assertThrows(Failed.class, () -> InOrder.map(count, work));
              assertEquals(expected.index, actual.index);
            });
  }

  @Test
  void theFailureIsTheVeryExceptionTheWorkThrew() {
    int count = 2 * InOrder.PARALLEL_FROM;
    Failed thrown = new Failed(count / 2);
    RuntimeException actual =
        assertThrows(
            RuntimeException.class,
            () ->
                InOrder.map(
                    count,
                    i -> {
                      if (i == thrown.index) {
                        throw thrown;
                      }
                      return i;
                    }));
    assertSame(thrown, actual);
  }

  @Test
  void anErrorOnAnyThreadIsThrownOnTheCallersAndNothingIsLeftRunning() {
    int count = 4 * InOrder.PARALLEL_FROM;
    StackOverflowError thrown = new StackOverflowError("deep");
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    for (int failing : new int[] {0, count / 2, count - 1}) {
      Error actual =
          assertThrows(
              Error.class,
              () ->
                  InOrder.map(
                      count,
                      i -> {
                        threads.add(Thread.currentThread());
                        if (i == failing) {
                          throw thrown;
                        }
                        return i;
                      }));
      assertSame(thrown, actual);
    }
    threads.remove(Thread.currentThread());
    for (Thread worker : threads) {
      assertFalse(worker.isAlive(), worker.getName() + " still runs");
    }
  }

  @Test
  void ofAnErrorAndAnExceptionTheEarlierItemsIsThrown() {
    int count = 4 * InOrder.PARALLEL_FROM;
    for (int[] at : new int[][] {{100, count - 10}, {count - 10, 100}}) {
      int errorAt = at[0];
      int exceptionAt = at[1];
      StackOverflowError error = new StackOverflowError("deep");
      Failed exception = new Failed(exceptionAt);
      Throwable thrown =
          assertThrows(
              Throwable.class,
              () ->
                  InOrder.map(
                      count,
                      i -> {
                        if (i == errorAt) {
                          throw error;
                        }
                        if (i == exceptionAt) {
                          throw exception;
                        }
                        return i;
                      }));
      assertSame(errorAt < exceptionAt ? error : exception, thrown);
    }
  }

  @Test
  void aLargeCountIsWorkedOnByMoreThanOneThread() {
    assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "one core: nothing to split onto");
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    CountDownLatch two = new CountDownLatch(2);
    InOrder.map(
        4 * InOrder.PARALLEL_FROM,
        i -> {
          if (threads.add(Thread.currentThread())) {
            two.countDown();
          }
          // Each item waits (a little, once two threads have turned up: not at all) so that one
          // thread cannot finish them all before another has started.
          awaitQuietly(two);
          return i;
        });
    assertTrue(threads.size() >= 2, "threads used: " + threads.size());
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
