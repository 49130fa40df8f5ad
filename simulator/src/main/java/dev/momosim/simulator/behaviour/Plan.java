package dev.momosim.simulator.behaviour;

/** The outcome chosen for a payment, and what chose it (a rule's name or the approval mode). */
public record Plan(Outcome outcome, String decidedBy) {}
