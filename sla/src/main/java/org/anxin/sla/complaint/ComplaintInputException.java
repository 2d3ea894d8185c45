package org.anxin.sla.complaint;

import org.anxin.domain.InvalidInputException;

/**
 * A complaint whose facts contradict each other. Keeps the column and the problem apart so that a
 * file reader can restate them with the line number.
 */
public final class ComplaintInputException extends InvalidInputException {

  private static final long serialVersionUID = 1L;

  private final String column;
  private final String problem;

  public ComplaintInputException(ComplaintId id, String column, Object value, String problem) {
    super("complaint " + id + ", " + column, value, problem);
    this.column = column;
    this.problem = problem;
  }

  /** The field (CSV column name) holding the bad value. */
  public String column() {
    return column;
  }

  /** What is wrong, without the field and value. */
  public String problem() {
    return problem;
  }
}
