package org.anxin.guarantees.document;

import java.util.Map;

/**
 * A mapping of a document: its keys in the file's order, with their values. Compact, because a case
 * file of 100,000 deals holds about a million of them: two arrays, the keys' array shared by every
 * mapping written with the same keys in the same order (every event {@code {date, type, cause}}). A
 * small mapping is searched key by key, which for a handful of keys is quicker than hashing; a
 * large one carries the index its builder made while checking for duplicate keys. Immutable once
 * built.
 */
final class Mapping {

  /** At most this many keys are searched one by one. */
  static final int SCAN_LIMIT = 8;

  private final String[] keys;
  private final Object[] values;
  private final Map<String, Integer> index;

  /**
   * @param keys the keys, distinct, not to be changed (they may be shared)
   * @param values their values, the same length
   * @param index each key's position, when there are more than {@link #SCAN_LIMIT}; else null
   */
  Mapping(String[] keys, Object[] values, Map<String, Integer> index) {
    this.keys = keys;
    this.values = values;
    this.index = index;
  }

  int size() {
    return keys.length;
  }

  String key(int i) {
    return keys[i];
  }

  Object value(int i) {
    return values[i];
  }

  /** The position of {@code key}, or -1. */
  int indexOf(String key) {
    if (index != null) {
      Integer at = index.get(key);
      return at == null ? -1 : at;
    }
    for (int i = 0; i < keys.length; i++) {
      if (keys[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  /** The value of {@code key}: null when the key is absent or written without a value. */
  Object get(String key) {
    int at = indexOf(key);
    return at < 0 ? null : values[at];
  }
}
