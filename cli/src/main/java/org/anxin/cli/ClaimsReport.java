package org.anxin.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.anxin.domain.Money;
import org.anxin.domain.PartyId;
import org.anxin.domain.Printable;
import org.anxin.guarantees.assessment.Assessment;
import org.anxin.guarantees.assessment.CaseAssessment;
import org.anxin.guarantees.assessment.Debt;
import org.anxin.guarantees.assessment.Recovery;
import org.anxin.guarantees.casefile.CaseFile;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.guarantees.catalog.Guarantee;
import org.anxin.guarantees.catalog.PayoutKind;

/** The output of {@code anxin claims assess}: a table for a person, or JSON for a program. */
final class ClaimsReport {

  private static final String CURRENCY = "CNY";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ClaimsReport() {}

  // ---- JSON -----------------------------------------------------------------------------------

  static String json(CaseAssessment result, CaseFile file, Catalog catalog) {
    ObjectNode root = JSON.createObjectNode();
    root.put("case", result.caseId());
    root.put("title", result.title());
    root.put("asOf", result.asOf().toString());
    ObjectNode cat = root.putObject("catalog");
    cat.put("id", result.catalogId());
    cat.put("version", result.catalogVersion());
    root.put("currency", CURRENCY);
    ArrayNode list = root.putArray("assessments");
    for (Assessment a : result.assessments()) {
      ObjectNode node = list.addObject();
      node.put("deal", a.deal().value());
      node.put("guarantee", a.guarantee().name());
      node.put("guaranteeName", nameZh(catalog, a));
      node.put("decision", a.decision().id());
      node.put("kind", a.kind().id());
      node.put("amount", Money.format(a.amountFen()));
      node.put("currency", CURRENCY);
      node.put("payee", a.payee().value());
      node.put("payeeName", file.nameOf(a.payee()));
      node.put("filedOn", a.filedOn().toString());
      a.recovery().ifPresent(r -> recovery(node, r, file));
      ArrayNode reasons = node.putArray("reasons");
      a.reasons().forEach(reason -> reasons.add(reason.toString()));
    }
    ObjectNode totals = root.putObject("totals");
    totals.put("payable", result.payable().size());
    totals.put("rejected", result.assessments().size() - result.payable().size());
    for (PayoutKind kind : PayoutKind.values()) {
      totals.put(kind.id(), Money.format(result.totalFen(kind)));
    }
    try {
      return JSON.writeValueAsString(root) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void recovery(ObjectNode node, Recovery r, CaseFile file) {
    node.put(
        "recoverFrom", r.debtors().stream().map(PartyId::value).collect(Collectors.joining(", ")));
    node.put(
        "recoverFromName", r.debtors().stream().map(file::nameOf).collect(Collectors.joining("、")));
    r.due().ifPresent(d -> node.put("recoveryDue", d.toString()));
    ObjectNode detail = node.putObject("recovery");
    detail.put("when", r.when().id());
    ArrayNode via = detail.putArray("via");
    r.via().forEach(p -> via.add(p.value()));
    ArrayNode debts = detail.putArray("debts");
    for (Debt d : r.debts()) {
      ObjectNode debt = debts.addObject();
      debt.put("from", d.debtor().value());
      debt.put("amount", Money.format(d.amountFen()));
      d.due().ifPresent(due -> debt.put("due", due.toString()));
    }
  }

  // ---- Table ----------------------------------------------------------------------------------

  static String table(CaseAssessment result, CaseFile file, Catalog catalog) {
    StringBuilder out = new StringBuilder();
    line(out, "Case " + result.caseId() + (result.title().isEmpty() ? "" : ": " + result.title()));
    line(
        out,
        "As of "
            + result.asOf()
            + " · catalog "
            + result.catalogId()
            + " "
            + result.catalogVersion()
            + " · amounts in "
            + CURRENCY);
    line(out, "");
    if (result.assessments().isEmpty()) {
      line(out, "No claim was filed on or before " + result.asOf() + ".");
      return out.toString();
    }
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"DEAL", "GUARANTEE", "DECISION", "KIND", "AMOUNT", "PAYEE"});
    for (Assessment a : result.assessments()) {
      rows.add(
          new String[] {
            a.deal().value(),
            a.guarantee().name() + " " + nameZh(catalog, a),
            a.decision().id(),
            a.kind().id(),
            Money.format(a.amountFen()),
            who(file, a.payee())
          });
    }
    int[] widths = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], CatalogCommand.displayWidth(row[i]));
      }
    }
    line(out, row(rows.get(0), widths));
    for (int k = 0; k < result.assessments().size(); k++) {
      Assessment a = result.assessments().get(k);
      line(out, row(rows.get(k + 1), widths));
      String indent = "    ";
      line(out, indent + "filed " + a.filedOn());
      a.reasons().forEach(reason -> line(out, indent + reason));
      a.recovery().ifPresent(r -> line(out, indent + recoveryLine(r, file)));
    }
    line(out, "");
    List<String> byKind = new ArrayList<>();
    for (PayoutKind kind : PayoutKind.values()) {
      long fen = result.totalFen(kind);
      if (fen > 0) {
        byKind.add(kind.id() + " " + Money.format(fen));
      }
    }
    int payable = result.payable().size();
    line(
        out,
        "Payable: "
            + payable
            + " of "
            + result.assessments().size()
            + (result.assessments().size() == 1 ? " claim" : " claims")
            + (byKind.isEmpty() ? "" : " (" + String.join(", ", byKind) + ")"));
    return out.toString();
  }

  private static String recoveryLine(Recovery r, CaseFile file) {
    List<String> debts = new ArrayList<>();
    for (Debt d : r.debts()) {
      debts.add(
          who(file, d.debtor())
              + " "
              + Money.format(d.amountFen())
              + d.due().map(due -> ", due " + due).orElse(""));
    }
    String via =
        r.via().isEmpty()
            ? ""
            : " once recovered from "
                + r.via().stream().map(p -> who(file, p)).collect(Collectors.joining(", "));
    return "recover from " + String.join("; ", debts) + via + " (" + r.when().id() + ")";
  }

  private static String row(String[] cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      String pad = " ".repeat(widths[i] - CatalogCommand.displayWidth(cells[i]));
      // Amounts are right-aligned so that the decimal points line up.
      line.append(i == 4 ? pad + cells[i] : cells[i] + pad);
      if (i < cells.length - 1) {
        line.append("  ");
      }
    }
    return line.toString().stripTrailing();
  }

  private static String who(CaseFile file, PartyId party) {
    String name = file.nameOf(party);
    return name.equals(party.value()) ? name : name + " (" + party.value() + ")";
  }

  private static String nameZh(Catalog catalog, Assessment a) {
    return catalog
        .find(a.guarantee())
        .or(() -> Catalog.builtIn().find(a.guarantee()))
        .map(Guarantee::nameZh)
        .orElse("");
  }

  /**
   * One line of the table; text from the case file cannot recolour the terminal or forge a line.
   */
  private static void line(StringBuilder out, String text) {
    out.append(Printable.escape(text)).append(System.lineSeparator());
  }
}
