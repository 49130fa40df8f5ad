package dev.momosim.simulator.domain;

import java.util.Optional;

/** An asynchronous creating operation and the role of the party named in its body. */
public enum Operation {
  REQUEST_TO_PAY("requesttopay", "payer"),
  TRANSFER("transfer", "payee");

  private final String pathName;
  private final String partyField;

  Operation(String pathName, String partyField) {
    this.pathName = pathName;
    this.partyField = partyField;
  }

  /** The path segment, e.g. {@code requesttopay}. */
  public String pathName() {
    return pathName;
  }

  /** The body field that names the counterparty: {@code payer} or {@code payee}. */
  public String partyField() {
    return partyField;
  }

  public static Optional<Operation> fromPathName(String name) {
    for (Operation operation : values()) {
      if (operation.pathName.equalsIgnoreCase(name)) {
        return Optional.of(operation);
      }
    }
    return Optional.empty();
  }
}
