package dev.momosim.simulator.domain;

/** Told of every accepted transaction and every change of status (callbacks, live events). */
@FunctionalInterface
public interface TransactionListener {
  void changed(Transaction transaction);
}
