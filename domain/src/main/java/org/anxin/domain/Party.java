package org.anxin.domain;

import java.util.Objects;

/**
 * A person or company taking part in deals. The name is free text in any script (周女士, Lin Wei);
 * deals refer to parties by {@link PartyId} only.
 *
 * @param id how deals and events refer to this party
 * @param name the name to show, non-blank
 */
public record Party(PartyId id, String name) {

  public Party {
    Objects.requireNonNull(id, "id");
    if (name == null || name.isBlank()) {
      throw new InvalidInputException("party.name", name, "must not be blank (party " + id + ")");
    }
  }

  /** The party {@code id} called {@code name}. */
  public static Party of(String id, String name) {
    return new Party(PartyId.of(id), name);
  }
}
