package org.anxin.staffing.queue;

import java.util.Arrays;

/**
 * A binary min-heap of {@code long} keys: the queue's event list and its ready queues, whose keys
 * pack a time or a deadline above an id, so that ties break on the id and the order is a function
 * of the keys alone. Grows as needed and never shrinks, so a reused heap stops allocating.
 */
final class LongHeap {

  private long[] keys = new long[256];
  private int size;

  boolean isEmpty() {
    return size == 0;
  }

  int size() {
    return size;
  }

  void clear() {
    size = 0;
  }

  /** The smallest key; the heap must not be empty. */
  long peek() {
    return keys[0];
  }

  void push(long key) {
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
    }
    int i = size++;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      long p = keys[parent];
      if (p <= key) {
        break;
      }
      keys[i] = p;
      i = parent;
    }
    keys[i] = key;
  }

  /** Removes and returns the smallest key; the heap must not be empty. */
  long pop() {
    long top = keys[0];
    long last = keys[--size];
    int i = 0;
    int half = size >>> 1;
    while (i < half) {
      int child = 2 * i + 1;
      long c = keys[child];
      int right = child + 1;
      if (right < size && keys[right] < c) {
        child = right;
        c = keys[right];
      }
      if (last <= c) {
        break;
      }
      keys[i] = c;
      i = child;
    }
    if (size > 0) {
      keys[i] = last;
    }
    return top;
  }
}
