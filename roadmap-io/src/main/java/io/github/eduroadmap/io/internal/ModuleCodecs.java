package io.github.eduroadmap.io.internal;

import io.github.eduroadmap.io.ReadLimits;
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
public final class ModuleCodecs {

    private ModuleCodecs() {}

    /** Writes roadmaps. */
    public static final class RoadmapSerializer extends ValueSerializer<Roadmap> {
        @Override
        public void serialize(Roadmap value, JsonGenerator g, SerializationContext ctxt) {
            new DocumentWriter(g).roadmap(value);
        }

        @Override
        public Class<?> handledType() {
            return Roadmap.class;
        }
    }

    /** Writes monitoring documents. */
    public static final class MonitoringSerializer extends ValueSerializer<Monitoring> {
        @Override
        public void serialize(Monitoring value, JsonGenerator g, SerializationContext ctxt) {
            new DocumentWriter(g).monitoring(value);
        }

        @Override
        public Class<?> handledType() {
            return Monitoring.class;
        }
    }

    /** Reads roadmaps. */
    public static final class RoadmapDeserializer extends ValueDeserializer<Roadmap> {
        private final boolean lenient;

        /**
         * Creates the deserializer.
         *
         * @param lenient whether unknown fields are kept in extensions
         */
        public RoadmapDeserializer(boolean lenient) {
            this.lenient = lenient;
        }

        @Override
        public Roadmap deserialize(JsonParser p, DeserializationContext ctxt) {
            try {
                return new DocumentReader(p, lenient, ReadLimits.defaults()).roadmap(false);
            } catch (ReadFailure | JacksonException e) {
                throw Failures.convert(e, p, null, source(p));
            }
        }

        @Override
        public Class<?> handledType() {
            return Roadmap.class;
        }
    }

    /** Reads monitoring documents. */
    public static final class MonitoringDeserializer extends ValueDeserializer<Monitoring> {
        private final boolean lenient;

        /**
         * Creates the deserializer.
         *
         * @param lenient whether unknown fields are kept in extensions
         */
        public MonitoringDeserializer(boolean lenient) {
            this.lenient = lenient;
        }

        @Override
        public Monitoring deserialize(JsonParser p, DeserializationContext ctxt) {
            try {
                return new DocumentReader(p, lenient, ReadLimits.defaults()).monitoring(false);
            } catch (ReadFailure | JacksonException e) {
                throw Failures.convert(e, p, null, source(p));
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
