package org.anxin.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
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
import org.anxin.guarantees.assessment.Reason;
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

  static RenderedText json(CaseAssessment result, CaseFile file, Catalog catalog) {
    // Written as it goes rather than built as a tree first: 100,000 claims are 44 MB of text.
    RenderedText text = new RenderedText();
    try (JsonGenerator json = JSON.writer().createGenerator(text)) {
      json.writeStartObject();
      json.writeStringField("case", result.caseId());
      json.writeStringField("title", result.title());
      json.writeStringField("asOf", result.asOf().toString());
      json.writeObjectFieldStart("catalog");
      json.writeStringField("id", result.catalogId());
      json.writeStringField("version", result.catalogVersion());
      json.writeEndObject();
      json.writeStringField("currency", CURRENCY);
      json.writeArrayFieldStart("assessments");
      for (Assessment a : result.assessments()) {
        json.writeStartObject();
        json.writeStringField("deal", a.deal().value());
        json.writeStringField("guarantee", a.guarantee().name());
        json.writeStringField("guaranteeName", nameZh(catalog, a));
        json.writeStringField("decision", a.decision().id());
        json.writeStringField("kind", a.kind().id());
        json.writeStringField("amount", Money.format(a.amountFen()));
        json.writeStringField("currency", CURRENCY);
        json.writeStringField("payee", a.payee().value());
        json.writeStringField("payeeName", file.nameOf(a.payee()));
        json.writeStringField("filedOn", a.filedOn().toString());
        if (a.recovery().isPresent()) {
          recovery(json, a.recovery().get(), file);
        }
        json.writeArrayFieldStart("reasons");
        for (Reason reason : a.reasons()) {
          json.writeString(reason.toString());
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeObjectFieldStart("totals");
      int payable = result.payable().size();
      json.writeNumberField("payable", payable);
      json.writeNumberField("rejected", result.assessments().size() - payable);
      for (PayoutKind kind : PayoutKind.values()) {
        json.writeStringField(kind.id(), Money.format(result.totalFen(kind)));
      }
      json.writeEndObject();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // the text is in memory: nothing fails
    }
    return text.text(System.lineSeparator());
  }

  private static void recovery(JsonGenerator json, Recovery r, CaseFile file) throws IOException {
    json.writeStringField(
        "recoverFrom", r.debtors().stream().map(PartyId::value).collect(Collectors.joining(", ")));
    json.writeStringField(
        "recoverFromName", r.debtors().stream().map(file::nameOf).collect(Collectors.joining("、")));
    if (r.due().isPresent()) {
      json.writeStringField("recoveryDue", r.due().get().toString());
    }
    json.writeObjectFieldStart("recovery");
    json.writeStringField("when", r.when().id());
    json.writeArrayFieldStart("via");
    for (PartyId p : r.via()) {
      json.writeString(p.value());
    }
    json.writeEndArray();
    json.writeArrayFieldStart("debts");
    for (Debt d : r.debts()) {
      json.writeStartObject();
      json.writeStringField("from", d.debtor().value());
      json.writeStringField("amount", Money.format(d.amountFen()));
      if (d.due().isPresent()) {
        json.writeStringField("due", d.due().get().toString());
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  // ---- Table ----------------------------------------------------------------------------------

  static RenderedText table(CaseAssessment result, CaseFile file, Catalog catalog) {
    RenderedText out = new RenderedText();
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
      return out;
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
        widths[i] = Math.max(widths[i], displayWidth(row[i]));
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
    return out;
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
      String pad = " ".repeat(widths[i] - displayWidth(cells[i]));
      // Amounts are right-aligned so that the decimal points line up.
      line.append(i == 4 ? pad + cells[i] : cells[i] + pad);
      if (i < cells.length - 1) {
        line.append("  ");
      }
    }
    return line.toString().stripTrailing();
  }

  /** The columns {@code text} takes: ASCII, most cells, is one column a character. */
  private static int displayWidth(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return CatalogCommand.displayWidth(text);
      }
    }
    return text.length();
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
  private static void line(RenderedText out, String text) {
    out.text(Printable.escape(text)).text(System.lineSeparator());
  }
}
