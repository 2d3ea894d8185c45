package org.anxin.guarantees.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.anxin.guarantees.catalog.PayoutKind;

/**
 * The assessments of every claim filed in a case up to the as-of date, in the order of the filings.
 *
 * @param caseId the case's id
 * @param title the case's title (may be empty)
 * @param asOf the date the case was assessed as of: later events and filings are ignored
 * @param catalogId the id of the catalog whose terms were applied
 * @param catalogVersion its version
 * @param assessments one per filing on or before {@code asOf}
 */
public record CaseAssessment(
    String caseId,
    String title,
    LocalDate asOf,
    String catalogId,
    String catalogVersion,
    List<Assessment> assessments) {

  public CaseAssessment {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(catalogId, "catalogId");
    Objects.requireNonNull(catalogVersion, "catalogVersion");
    assessments = List.copyOf(assessments);
  }

  /** The payable ones. */
  public List<Assessment.Payable> payable() {
    return assessments.stream()
        .filter(Assessment.Payable.class::isInstance)
        .map(Assessment.Payable.class::cast)
        .toList();
  }

  /** What the payable claims of {@code kind} add up to, in fen. */
  public long totalFen(PayoutKind kind) {
    long sum = 0;
    for (Assessment.Payable p : payable()) {
      if (p.kind() == kind) {
        sum = Math.addExact(sum, p.amountFen());
      }
    }
    return sum;
  }
}
