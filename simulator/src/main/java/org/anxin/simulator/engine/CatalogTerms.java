package org.anxin.simulator.engine;

import org.anxin.guarantees.catalog.Catalog;
import org.anxin.guarantees.catalog.Guarantee;
import org.anxin.guarantees.catalog.GuaranteeCode;
import org.anxin.guarantees.catalog.PayoutKind;
import org.anxin.guarantees.catalog.RecoveryTerms;
import org.anxin.guarantees.catalog.Term;
import org.anxin.guarantees.payout.PayoutFormulas;

/**
 * The catalog's terms as flat arrays indexed by {@link GuaranteeCode#ordinal()}, read by the hot
 * loop. A guarantee the catalog does not offer pays nothing: its cap is 0.
 */
// Indexed by ordinal: flat primitive arrays for the allocation-free hot loop.
@SuppressWarnings("EnumOrdinal")
final class CatalogTerms {

  final long[] capFen = new long[GuaranteeCode.values().length];
  final long[] perReportFen = new long[GuaranteeCode.values().length];
  final long litigationCapFen;
  final boolean[] offered = new boolean[GuaranteeCode.values().length];
  final PayoutKind[] kind = new PayoutKind[GuaranteeCode.values().length];

  /** Days after payment beyond which an advance not yet recovered is written off. */
  final int[] writeOffAfterDays = new int[GuaranteeCode.values().length];

  private CatalogTerms(Catalog catalog) {
    long litigationCap = 0;
    for (GuaranteeCode code : GuaranteeCode.values()) {
      int g = code.ordinal();
      if (!catalog.offers(code)) {
        continue;
      }
      Guarantee guarantee = catalog.get(code);
      offered[g] = true;
      kind[g] = guarantee.kind();
      writeOffAfterDays[g] =
          guarantee.recovery().map(RecoveryTerms::writeOffAfterDays).orElse(Integer.MAX_VALUE);
      capFen[g] = guarantee.capFen();
      if (guarantee.terms().has(Term.PER_REPORT)) {
        perReportFen[g] = guarantee.terms().fen(Term.PER_REPORT);
      }
      if (code == GuaranteeCode.FUNDS_SAFETY && guarantee.terms().has(Term.LITIGATION_CAP)) {
        litigationCap = guarantee.terms().fen(Term.LITIGATION_CAP);
      }
    }
    litigationCapFen = litigationCap;
  }

  static CatalogTerms of(Catalog catalog) {
    return new CatalogTerms(catalog);
  }

  /** The cap of a guarantee, {@link PayoutFormulas#NO_CAP} when uncapped, 0 when not offered. */
  long cap(GuaranteeCode code) {
    return capFen[code.ordinal()];
  }
}
