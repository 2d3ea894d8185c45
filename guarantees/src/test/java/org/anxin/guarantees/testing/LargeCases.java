package org.anxin.guarantees.testing;

/**
 * The large case files the scale requirement is stated on (docs/limits.md): N resale deals with a
 * filing each, written as YAML the way a broker's export would write them.
 *
 * <ul>
 *   <li>{@link #chain}: every deal's buyer funds it by selling the home of the deal before, a swap
 *       chain N deals long. The first sale breaks on 2020-02-12 and the break runs down the chain:
 *       every purchase after it files SWAP_CANCELLATION, payable (10.00) while the deposits grow
 *       and nothing owed from deal 50,001 on, where the deposit law caps them at 20 % of the price.
 *   <li>{@link #separate}: N unrelated deals, each cancelled by its buyer, who files
 *       COMMISSION_REFUND and is refused (the buyer was at fault).
 * </ul>
 *
 * <p>Used by the tests that hold reading and assessing to one pass per deal, by the child-JVM test
 * that holds it to a small heap, and by {@code CaseAssessmentBenchmark}.
 */
public final class LargeCases {

  private LargeCases() {}

  /** A swap chain of {@code deals} deals, a SWAP_CANCELLATION filing for each but the first. */
  public static String chain(int deals) {
    return write(deals, true);
  }

  /** {@code deals} separate cancelled deals with a COMMISSION_REFUND filing each. */
  public static String separate(int deals) {
    return write(deals, false);
  }

  private static String write(int deals, boolean chain) {
    StringBuilder yaml = new StringBuilder(deals * (chain ? 600 : 530));
    yaml.append("case: scale-").append(chain ? "chain" : "separate").append('-').append(deals);
    yaml.append("\nparties:\n");
    for (int i = 0; i < deals + 2; i++) {
      yaml.append("  - {id: p").append(i).append(", name: P").append(i).append("}\n");
    }
    yaml.append("properties:\n");
    for (int i = 0; i < deals + 2; i++) {
      yaml.append("  - {id: h").append(i).append(", address: H").append(i).append("}\n");
    }
    yaml.append("deals:\n");
    for (int i = 0; i < deals; i++) {
      // Down a chain, each sale breaks a week after the one before it has broken its purchase.
      String cancelled = i == 0 || !chain ? "2020-02-12" : "2020-02-19";
      yaml.append("  - id: d").append(i).append('\n');
      yaml.append("    kind: resale\n");
      yaml.append("    property: h").append(i + 1).append('\n');
      yaml.append("    buyers: [p").append(i).append("]\n");
      yaml.append("    sellers: [p").append(i + 1).append("]\n");
      yaml.append("    price: 3000000.00\n");
      yaml.append("    brokeredByUs: true\n");
      yaml.append("    events:\n");
      yaml.append("      - {date: 2020-01-13, type: deposit-paid, payer: p").append(i);
      yaml.append(", shares: [{holder: p").append(i + 1).append(", amount: ");
      yaml.append(100_000 + 10 * i).append(".00}], signingDeadline: 2020-02-28}\n");
      yaml.append("      - {date: ").append(cancelled);
      yaml.append(", type: cancelled, cause: buyer-cannot-fund}\n");
    }
    if (chain) {
      yaml.append("fundingLinks:\n");
      for (int i = 0; i + 1 < deals; i++) {
        yaml.append("  - {fundingSale: d").append(i).append(", purchase: d").append(i + 1);
        yaml.append(", resaleWindow: 2020-02-19}\n");
      }
    }
    yaml.append("filings:\n");
    for (int i = chain ? 1 : 0; i < deals; i++) {
      if (chain) {
        yaml.append("  - {date: 2020-02-10, guarantee: SWAP_CANCELLATION, deal: d").append(i);
        yaml.append(", claimant: p").append(i).append("}\n");
      } else {
        yaml.append("  - {date: 2020-02-20, guarantee: COMMISSION_REFUND, deal: d").append(i);
        yaml.append(", claimant: p").append(i).append(", facts: {commission: 60000.00}}\n");
      }
    }
    return yaml.toString();
  }
}
