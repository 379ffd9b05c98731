package io.github.eduroadmap.validation.internal.constraints;

import java.util.Map;

/**
 * The arguments of a violation found by one of our constraint validators, carried as Hibernate Validator's dynamic
 * payload from the validator to the engine.
 *
 * @param values the arguments by name, in order
 */
public record Arguments(Map<String, Object> values) {}
