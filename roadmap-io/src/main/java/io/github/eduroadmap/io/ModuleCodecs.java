package io.github.eduroadmap.io;

import io.github.eduroadmap.io.internal.DocumentReader;
import io.github.eduroadmap.io.internal.DocumentWriter;
import io.github.eduroadmap.io.internal.Failures;
import io.github.eduroadmap.io.internal.Limits;
import io.github.eduroadmap.io.internal.ReadFailure;
import io.github.eduroadmap.io.internal.WriteFailure;
import io.github.eduroadmap.model.Monitoring;
import io.github.eduroadmap.model.Roadmap;
import java.io.File;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;

/** The serializers and deserializers of the Jackson module: the codec of the mapper over a user's parser. */
final class ModuleCodecs {

    private ModuleCodecs() {}

    /** Writes roadmaps. */
    static final class RoadmapSerializer extends ValueSerializer<Roadmap> {
        @Override
        public void serialize(Roadmap value, JsonGenerator g, SerializationContext ctxt) {
            try {
                new DocumentWriter(g).roadmap(value);
            } catch (WriteFailure e) {
                throw RoadmapWriteException.of(e);
            }
        }

        @Override
        public Class<?> handledType() {
            return Roadmap.class;
        }
    }

    /** Writes monitoring documents. */
    static final class MonitoringSerializer extends ValueSerializer<Monitoring> {
        @Override
        public void serialize(Monitoring value, JsonGenerator g, SerializationContext ctxt) {
            try {
                new DocumentWriter(g).monitoring(value);
            } catch (WriteFailure e) {
                throw RoadmapWriteException.of(e);
            }
        }

        @Override
        public Class<?> handledType() {
            return Monitoring.class;
        }
    }

    /** Reads roadmaps. */
    static final class RoadmapDeserializer extends ValueDeserializer<Roadmap> {
        private final boolean lenient;

        /**
         * Creates the deserializer.
         *
         * @param lenient whether unknown fields are kept in extensions
         */
        RoadmapDeserializer(boolean lenient) {
            this.lenient = lenient;
        }

        @Override
        public Roadmap deserialize(JsonParser p, DeserializationContext ctxt) {
            try {
                return new DocumentReader(p, lenient, Limits.DEFAULTS).roadmap(false);
            } catch (ReadFailure | JacksonException e) {
                throw RoadmapReadException.of(source(p), Failures.convert(e, p, null, null));
            }
        }

        @Override
        public Class<?> handledType() {
            return Roadmap.class;
        }
    }

    /** Reads monitoring documents. */
    static final class MonitoringDeserializer extends ValueDeserializer<Monitoring> {
        private final boolean lenient;

        /**
         * Creates the deserializer.
         *
         * @param lenient whether unknown fields are kept in extensions
         */
        MonitoringDeserializer(boolean lenient) {
            this.lenient = lenient;
        }

        @Override
        public Monitoring deserialize(JsonParser p, DeserializationContext ctxt) {
            try {
                return new DocumentReader(p, lenient, Limits.DEFAULTS).monitoring(false);
            } catch (ReadFailure | JacksonException e) {
                throw RoadmapReadException.of(source(p), Failures.convert(e, p, null, null));
            }
        }

        @Override
        public Class<?> handledType() {
            return Monitoring.class;
        }
    }

    private static String source(JsonParser p) {
        TokenStreamLocation at = p.currentLocation();
        Object raw = at == null ? null : at.contentReference().getRawContent();
        if (raw instanceof File) {
            return ((File) raw).getPath();
        }
        if (raw instanceof Path) {
            return raw.toString();
        }
        return "<input>";
    }
}
