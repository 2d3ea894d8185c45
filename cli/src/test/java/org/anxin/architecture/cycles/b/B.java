package org.anxin.architecture.cycles.b;

import org.anxin.architecture.cycles.a.A;

/** Fixture: the other half of a package cycle. */
@SuppressWarnings("unused")
public final class B {
  private A other;
}
