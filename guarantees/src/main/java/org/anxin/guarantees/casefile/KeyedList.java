package org.anxin.guarantees.casefile;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * An unmodifiable list that also finds its elements by key in constant time. A case file's lists
 * are records' components, so their index cannot be a field of the record; it travels with the list
 * instead, and {@code case.party(id)} on a 100,000-party case is a lookup, not a scan.
 *
 * @param <K> the key, e.g. a {@code PartyId}
 * @param <V> the element
 */
final class KeyedList<K, V> extends AbstractList<V> implements RandomAccess {

  private final List<V> elements;
  private final Map<K, V> byKey;

  private KeyedList(List<V> elements, Function<V, K> key) {
    this.elements = List.copyOf(elements);
    this.byKey = new HashMap<>(Math.max(16, elements.size() * 2));
    for (V element : this.elements) {
      // The first one wins; CaseFileCheck refuses a duplicate id with its path anyway.
      byKey.putIfAbsent(key.apply(element), element);
    }
  }

  /** {@code elements}, copied, indexed by {@code key}. */
  static <K, V> KeyedList<K, V> of(List<V> elements, Function<V, K> key) {
    return new KeyedList<>(elements, key);
  }

  /** The element with this key. */
  Optional<V> find(K key) {
    return Optional.ofNullable(byKey.get(key));
  }

  @Override
  public V get(int index) {
    return elements.get(index);
  }

  @Override
  public int size() {
    return elements.size();
  }
}
