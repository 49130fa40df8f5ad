package dev.momosim.simulator.behaviour;

/**
 * One behaviour rule: when {@code match} holds, {@code outcome} applies.
 *
 * @param times how many times the rule may apply, or null for no limit
 */
public record Rule(String name, Match match, Outcome outcome, Integer times) {}
