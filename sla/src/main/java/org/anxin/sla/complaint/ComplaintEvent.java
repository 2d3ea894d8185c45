package org.anxin.sla.complaint;

import java.time.Instant;

/** A dated event in a complaint's handling. */
public sealed interface ComplaintEvent {

  /** When it happened (not when it was recorded). */
  Instant at();

  /**
   * Calls the {@code visit} method of {@code visitor} for this event's type. Every type has its own
   * method in {@link Visitor}, so a new type that some visitor does not handle is a compile error.
   *
   * @param <R> what the visitor returns
   * @param visitor what to do with each type of event
   * @return what {@code visitor} returned for this event
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * What to do with each type of event: one method per type, so that adding a type breaks the build
   * of every visitor until it handles the new one.
   *
   * @param <R> what each method returns ({@link Void} when a visitor only has effects)
   */
  interface Visitor<R> {

    /**
     * Handles one {@link Received}.
     *
     * @param e the event
     * @return what this visitor makes of it
     */
    R visit(Received e);

    /**
     * Handles one {@link Registered}.
     *
     * @param e the event
     * @return what this visitor makes of it
     */
    R visit(Registered e);

    /**
     * Handles one {@link Responded}.
     *
     * @param e the event
     * @return what this visitor makes of it
     */
    R visit(Responded e);

    /**
     * Handles one {@link SolutionProposed}.
     *
     * @param e the event
     * @return what this visitor makes of it
     */
    R visit(SolutionProposed e);

    /**
     * Handles one {@link Resolved}.
     *
     * @param e the event
     * @return what this visitor makes of it
     */
    R visit(Resolved e);

    /**
     * Handles one {@link Reopened}.
     *
     * @param e the event
     * @return what this visitor makes of it
     */
    R visit(Reopened e);

    /**
     * Handles one {@link Escalated}.
     *
     * @param e the event
     * @return what this visitor makes of it
     */
    R visit(Escalated e);

    /**
     * Handles one {@link Paused}.
     *
     * @param e the event
     * @return what this visitor makes of it
     */
    R visit(Paused e);

    /**
     * Handles one {@link Resumed}.
     *
     * @param e the event
     * @return what this visitor makes of it
     */
    R visit(Resumed e);
  }

  /** The customer complained: every clock starts here, even if recorded later. */
  record Received(Instant at) implements ComplaintEvent {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /** The complaint was recorded in the ticket system (may be after the first response). */
  record Registered(Instant at) implements ComplaintEvent {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /** First contact with the customer by the handler. */
  record Responded(Instant at) implements ComplaintEvent {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /** A solution was proposed to the customer. */
  record SolutionProposed(Instant at) implements ComplaintEvent {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /** The complaint was closed as resolved. */
  record Resolved(Instant at) implements ComplaintEvent {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /** A resolved complaint was opened again; its clocks run on from the first receipt. */
  record Reopened(Instant at) implements ComplaintEvent {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /** Escalated to a level (1 = team lead, …). */
  record Escalated(Instant at, int level) implements ComplaintEvent {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /** The clocks stop counting, e.g. while waiting for the customer. */
  record Paused(Instant at) implements ComplaintEvent {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /** The clocks count again. */
  record Resumed(Instant at) implements ComplaintEvent {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }
}
