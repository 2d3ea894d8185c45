package org.anxin.guarantees.casefile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.anxin.domain.DealId;
import org.anxin.domain.InvalidInputException;
import org.anxin.domain.Party;
import org.anxin.domain.PartyId;
import org.anxin.domain.Property;
import org.anxin.domain.chain.FundingLink;
import org.anxin.domain.deal.DealEvent;
import org.anxin.guarantees.document.DocumentReader;

/**
 * A case: the parties, properties and deals of one dispute, what happened to each deal, how the
 * deals fund each other, and the filings (备案) that claim guarantees. It is what a customer-service
 * team or an analyst writes by hand ({@code docs/case-files.md}) and what {@code anxin claims
 * assess} reads.
 *
 * <p>A case is checked when it is built: ids are unique, every party, property and deal named
 * anywhere exists, every deal's history folds ({@link org.anxin.domain.deal.DealState}), every
 * funding link joins a sale to a purchase through the intermediary, and every filing names a buyer
 * of its deal and the facts its guarantee needs. Each mistake is an {@link InvalidInputException}
 * naming the path of the field in the file ({@code deals[1].events[3].amount}) and the value.
 *
 * @param id a short id, e.g. {@code swap-cancellation}
 * @param title what the case is, in a line (may be empty)
 * @param parties everyone involved, with the names to show
 * @param properties the homes
 * @param deals the deals with their histories, at least one
 * @param fundingLinks which sale funds which purchase, with the resale window
 * @param filings the claims filed, in the file's order
 */
public record CaseFile(
    String id,
    String title,
    List<Party> parties,
    List<Property> properties,
    List<CaseDeal> deals,
    List<FundingLink> fundingLinks,
    List<Filing> filings) {

  /**
   * @throws InvalidInputException naming the field path and value of the first mistake
   */
  public CaseFile {
    if (id == null || id.isBlank() || !id.strip().equals(id)) {
      throw new InvalidInputException(
          "case", id, "must be non-empty text without surrounding spaces");
    }
    title = Objects.requireNonNullElse(title, "").strip();
    parties = KeyedList.of(parties, Party::id);
    properties = List.copyOf(properties);
    deals = KeyedList.of(deals, d -> d.deal().id());
    fundingLinks = List.copyOf(fundingLinks);
    filings = List.copyOf(filings);
    CaseFileCheck.check(parties, properties, deals, fundingLinks, filings);
  }

  /**
   * Reads and checks a case file, YAML ({@code .yaml}, {@code .yml}) or JSON ({@code .json}), with
   * {@link DocumentReader}'s rules and limits.
   *
   * @throws InvalidInputException naming the field path and the value of any mistake, the file,
   *     line and column of a syntax error, or the file when it cannot be read
   */
  public static CaseFile load(Path file) {
    return CaseFileReader.read(DocumentReader.read(file, CaseFormat.WHAT));
  }

  /**
   * Reads and checks a case from a UTF-8 stream; the stream is not closed.
   *
   * @throws InvalidInputException naming the field path and the value of any mistake
   */
  public static CaseFile read(InputStream in, CaseFormat format) {
    return CaseFileReader.read(DocumentReader.read(in, format.syntax(), CaseFormat.WHAT));
  }

  /** Reads and checks a case from its text. */
  public static CaseFile parse(String text, CaseFormat format) {
    return read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), format);
  }

  /** This case as the text of a case file; reading it back gives an equal case. */
  public String write(CaseFormat format) {
    return CaseFileWriter.write(this, format);
  }

  /** Writes this case to {@code file}, in the format of its extension, as UTF-8. */
  public void write(Path file) throws IOException {
    Files.writeString(file, write(CaseFormat.of(file)), StandardCharsets.UTF_8);
  }

  /** The party with this id. */
  public Optional<Party> party(PartyId party) {
    return keyed(parties).find(party);
  }

  /** The name to show for a party: its name, or the id if the case does not know it. */
  public String nameOf(PartyId party) {
    return party(party).map(Party::name).orElse(party.value());
  }

  /** The deal with this id. */
  public Optional<CaseDeal> deal(DealId deal) {
    return keyed(deals).find(deal);
  }

  /** The constructor keys both lists; a cast, not a scan. */
  @SuppressWarnings("unchecked")
  private static <K, V> KeyedList<K, V> keyed(List<V> list) {
    return (KeyedList<K, V>) list;
  }

  /** The date of the latest event or filing, the default as-of date of an assessment. */
  public Optional<LocalDate> lastDate() {
    LocalDate last = null;
    for (CaseDeal deal : deals) {
      for (DealEvent event : deal.events()) {
        last = later(last, event.date());
      }
    }
    for (Filing filing : filings) {
      last = later(last, filing.date());
    }
    return Optional.ofNullable(last);
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a == null || b.isAfter(a) ? b : a;
  }
}
