package io.github.eduroadmap.io;

import io.github.eduroadmap.model.Monitoring;
import io.github.eduroadmap.model.Roadmap;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * A Jackson module that reads and writes {@link Roadmap}s and {@link Monitoring} documents in the eduroadmap format,
 * with the same codec as {@link RoadmapMapper}, for use in an application's own mapper:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new RoadmapModule()).build();
 * Roadmap r = mapper.readValue(json, Roadmap.class);
 * String back = mapper.writeValueAsString(r);
 * }</pre>
 *
 * <p>Reading is strict unless the module is {@link #lenient()}; problems are {@link RoadmapReadException}s with the
 * JSON Pointer and the parser's line and column (for byte input, Jackson counts columns in bytes), under the source
 * name of the file when the parser knows it, else {@code <input>}. The default {@link ReadLimits} apply to texts,
 * numbers and nesting below the roadmap; the size of the input and YAML anchors are the application mapper's concern
 * (YAML aliases are refused). Indentation and quoting follow the application mapper's settings.
 *
 * <p>A {@link RoadmapReadException} or {@link RoadmapWriteException} about a roadmap read or written as the root value
 * reaches the caller as it is; when the roadmap is a property of one of the application's types, Jackson wraps it in a
 * {@code DatabindException} whose cause it is. Reading a {@link Document} of either kind is the
 * {@link RoadmapMapper}'s work: the module reads and writes {@link Roadmap} and {@link Monitoring}.
 */
public final class RoadmapModule extends JacksonModule {

    private final boolean lenient;

    /** Creates the strict module. */
    public RoadmapModule() {
        this(false);
    }

    private RoadmapModule(boolean lenient) {
        this.lenient = lenient;
    }

    /**
     * Returns a module that keeps unknown fields of extensible objects in their {@code extensions}.
     *
     * @return the lenient module
     */
    public RoadmapModule lenient() {
        return lenient ? this : new RoadmapModule(true);
    }

    /**
     * Tells whether this module refuses unknown fields.
     *
     * @return true unless {@link #lenient()}
     */
    public boolean isStrict() {
        return !lenient;
    }

    @Override
    public String getModuleName() {
        return "eduroadmap";
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public void setupModule(SetupContext context) {
        SimpleSerializers serializers = new SimpleSerializers();
        serializers.addSerializer(Roadmap.class, new ModuleCodecs.RoadmapSerializer());
        serializers.addSerializer(Monitoring.class, new ModuleCodecs.MonitoringSerializer());
        context.addSerializers(serializers);
        SimpleDeserializers deserializers = new SimpleDeserializers();
        deserializers.addDeserializer(Roadmap.class, new ModuleCodecs.RoadmapDeserializer(lenient));
        deserializers.addDeserializer(Monitoring.class, new ModuleCodecs.MonitoringDeserializer(lenient));
        context.addDeserializers(deserializers);
    }
}
