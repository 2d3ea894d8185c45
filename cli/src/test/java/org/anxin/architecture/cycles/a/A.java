package org.anxin.architecture.cycles.a;

import org.anxin.architecture.cycles.b.B;

/** Fixture: one half of a package cycle. */
@SuppressWarnings("unused")
public final class A {
  private B other;
}
