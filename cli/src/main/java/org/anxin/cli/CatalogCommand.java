package org.anxin.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.anxin.domain.InvalidInputException;
import org.anxin.domain.Money;
import org.anxin.domain.Printable;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.guarantees.catalog.Guarantee;
import org.anxin.guarantees.catalog.RecoveryTerms;
import org.anxin.guarantees.catalog.Segments;
import org.anxin.guarantees.catalog.Term;
import org.anxin.guarantees.catalog.Terms;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code anxin catalog}: prints the guarantee catalog, the built-in one or a city's file, as a
 * table or as JSON. The JSON is itself a valid catalog file, so a city can start from it.
 */
@Command(
    name = "catalog",
    mixinStandardHelpOptions = true,
    header = "Prints the guarantee catalog: the 18 guarantees and their terms.",
    description =
        "Each guarantee with its segment, stage, payout kind, cap, filing window and provenance."
            + " The JSON output is itself a catalog file: save it, edit the terms and load it back"
            + " with --catalog.")
final class CatalogCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    TABLE,
    JSON
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--format",
      paramLabel = "table|json",
      defaultValue = "table",
      converter = FormatConverter.class,
      description = "Output format (default: ${DEFAULT-VALUE}).")
  Format format = Format.TABLE;

  @Option(
      names = "--catalog",
      paramLabel = "FILE",
      description = "A catalog file (YAML or JSON) instead of the built-in shanghai-18.")
  Path catalogFile;

  @Override
  public Integer call() {
    Catalog catalog;
    try {
      catalog = catalogFile == null ? Catalog.builtIn() : Catalog.load(catalogFile);
    } catch (InvalidInputException e) {
      return FileErrors.report(spec.commandLine(), catalogFile, e);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.JSON) {
      out.println(json(catalog));
    } else {
      table(catalog, out);
    }
    out.flush();
    return CommandLine.ExitCode.OK;
  }

  // ---- JSON: the catalog file schema --------------------------------------------------------

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  static String json(Catalog catalog) {
    ObjectNode root = JSON.createObjectNode();
    root.put("id", catalog.id());
    root.put("version", catalog.version());
    root.put("description", catalog.description());
    ArrayNode list = root.putArray("guarantees");
    for (Guarantee g : catalog.guarantees()) {
      ObjectNode node = list.addObject();
      node.put("code", g.code().name());
      node.put("nameZh", g.nameZh());
      node.put("nameEn", g.nameEn());
      ArrayNode segments = node.putArray("segments");
      Segments.ids(g.segments()).forEach(segments::add);
      node.put("stage", g.stage().id());
      node.put("kind", g.kind().id());
      ArrayNode eligibility = node.putArray("eligibility");
      g.eligibility().forEach(c -> eligibility.add(c.id()));
      ObjectNode filing = node.putObject("filing");
      filing.put("trigger", g.filing().trigger().id());
      filing.put("days", g.filing().days());
      ObjectNode terms = node.putObject("terms");
      for (Map.Entry<Term, Long> term : g.terms().values().entrySet()) {
        switch (term.getKey().type()) {
          case DAYS -> terms.put(term.getKey().id(), term.getValue().intValue());
          case MONEY, MONEY_OR_NONE -> terms.put(term.getKey().id(), amount(term.getValue()));
        }
      }
      g.recovery().ifPresent(r -> recovery(node.putObject("recovery"), r));
      node.put("provenance", g.provenance().id());
      node.put("source", g.source());
    }
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void recovery(ObjectNode node, RecoveryTerms r) {
    node.put("from", r.from().id());
    r.via().ifPresent(via -> node.put("via", via.id()));
    node.put("when", r.when().id());
    node.put("writeOffAfterDays", r.writeOffAfterDays());
  }

  /** Yuan with two decimals, or {@code none} for no cap: the catalog file's own notation. */
  private static String amount(long fen) {
    return fen == Terms.NO_CAP ? "none" : Money.format(fen);
  }

  // ---- Table --------------------------------------------------------------------------------

  private static void table(Catalog catalog, PrintWriter out) {
    out.println(
        "Catalog "
            + Printable.escape(catalog.id())
            + " "
            + Printable.escape(catalog.version())
            + ": "
            + catalog.guarantees().size()
            + " guarantees");
    List<String[]> rows = new ArrayList<>();
    rows.add(
        new String[] {
          "CODE", "名称", "NAME", "SEGMENT", "STAGE", "KIND", "CAP (CNY)", "FILING", "PROVENANCE"
        });
    for (Guarantee g : catalog.guarantees()) {
      rows.add(
          new String[] {
            g.code().name(),
            Printable.escape(g.nameZh()),
            Printable.escape(g.nameEn()),
            String.join(", ", Segments.ids(g.segments())),
            g.stage().label(),
            g.kind().id(),
            amount(g.capFen()),
            g.filing().days() + " d",
            g.provenance().id()
          });
    }
    int[] widths = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], displayWidth(row[i]));
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        boolean rightAligned = i == 6;
        String pad = " ".repeat(widths[i] - displayWidth(row[i]));
        line.append(rightAligned ? pad + row[i] : row[i] + pad);
        if (i < row.length - 1) {
          line.append("  ");
        }
      }
      out.println(line.toString().stripTrailing());
    }
    out.println();
    out.println(
        "Filing windows are calendar days from each guarantee's trigger event. Eligibility,"
            + " triggers, recovery and all terms: --format json; docs/guarantees.md.");
  }

  /** Columns a terminal gives the text: East Asian wide characters take two. */
  static int displayWidth(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      width += isWide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return width;
  }

  private static boolean isWide(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || (cp >= 0x3000 && cp <= 0x303F) // CJK symbols and punctuation
        || (cp >= 0xFF01 && cp <= 0xFF60) // full-width forms
        || (cp >= 0xFFE0 && cp <= 0xFFE6);
  }

  /** Accepts {@code table} or {@code json} in any case. */
  static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      for (Format f : Format.values()) {
        if (f.name().equalsIgnoreCase(value)) {
          return f;
        }
      }
      throw new CommandLine.TypeConversionException(
          "--format must be table or json (got '" + value + "')");
    }
  }
}
