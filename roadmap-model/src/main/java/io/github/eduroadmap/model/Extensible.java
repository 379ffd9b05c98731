package io.github.eduroadmap.model;

import java.util.Map;

/** A part of a document that can carry extension data the model has no field for. */
public interface Extensible {

    /**
     * Returns the extension data: fields a portal adds, and unknown fields a lenient reader kept.
     *
     * @return the extensions by name, in the order read; empty when there are none
     */
    Map<String, ExtensionValue> extensions();
}
