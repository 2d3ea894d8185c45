package org.anxin.guarantees.document;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * One object for each text that recurs in a document. The parsers make a new string for every key
 * and value they read: in a case file of 100,000 deals, a million copies of {@code date} and {@code
 * type}, and hundreds of thousands of the same dates and words. Keys and the arrays of keys of
 * mappings (one per shape, e.g. every {@code {date, type, cause}}) are kept exactly, up to a bound;
 * short values pass through a small cache that keeps the ones seen recently. What it returns is
 * always equal to what it was given, so the tree reads the same; only its size changes. One per
 * document, used by one thread.
 */
final class SharedText {

  /** Distinct keys and key arrays kept; a document with more shares only the first ones. */
  private static final int MAX_KEYS = 4096;

  /** Values longer than this are rarely repeated: names, addresses, descriptions. */
  private static final int MAX_VALUE_LENGTH = 32;

  private static final int VALUE_SLOTS = 1 << 12;

  private final Map<String, String> keys = new HashMap<>();
  private final Map<Shape, String[]> shapes = new HashMap<>();
  private final String[] values = new String[VALUE_SLOTS];

  /** The one copy of a key. */
  String key(String key) {
    String known = keys.get(key);
    if (known != null) {
      return known;
    }
    if (keys.size() < MAX_KEYS) {
      keys.put(key, key);
    }
    return key;
  }

  /** The one copy of a mapping's keys, which neither the caller nor anyone else changes. */
  String[] keys(String[] mappingKeys) {
    if (mappingKeys.length > Mapping.SCAN_LIMIT) {
      return mappingKeys;
    }
    Shape shape = new Shape(mappingKeys);
    String[] known = shapes.get(shape);
    if (known != null) {
      return known;
    }
    if (shapes.size() < MAX_KEYS) {
      shapes.put(shape, mappingKeys);
    }
    return mappingKeys;
  }

  /** A copy of {@code value} seen recently, or {@code value} itself. */
  String text(String value) {
    if (value.length() > MAX_VALUE_LENGTH) {
      return value;
    }
    int slot = value.hashCode() & (VALUE_SLOTS - 1);
    String known = values[slot];
    if (value.equals(known)) {
      return known;
    }
    values[slot] = value;
    return value;
  }

  /** The keys of a mapping, in order, compared by content. */
  private static final class Shape {
    private final String[] keys;
    private final int hash;

    Shape(String[] keys) {
      this.keys = keys;
      this.hash = Arrays.hashCode(keys);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Shape shape && Arrays.equals(keys, shape.keys);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
