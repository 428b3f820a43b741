package dev.mosaic.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** mosaic-bom has no parent (an imported BOM should bring only its own versions), so it repeats them: the same here. */
class BomTest {
    @Test
    void theBomPinsTheVersionsTheBuildTestsWith() throws Exception {
        Document parent = read(Path.of("..", "pom.xml"));
        Document bom = read(Path.of("..", "mosaic-bom", "pom.xml"));
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("pdfbox", property(parent, "pdfbox.version"));
        expected.put("poi-ooxml", property(parent, "poi.version"));
        expected.put("commons-io", property(parent, "commons-io.version"));
        expected.put("postgresql", property(parent, "postgresql.version"));
        expected.put("HikariCP", property(parent, "hikaricp.version"));
        Map<String, String> pinned = new LinkedHashMap<>();
        NodeList dependencies = bom.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            pinned.put(text(dependency, "artifactId"), text(dependency, "version"));
        }
        assertThat(pinned).containsAllEntriesOf(expected).containsKeys("mosaic-core", "mosaic-ai", "mosaic-store");
        assertThat(text(bom.getDocumentElement(), "version")).isEqualTo(text(parent.getDocumentElement(), "version"));
    }

    private static Document read(Path pom) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
    }

    private static String property(Document pom, String name) {
        return pom.getElementsByTagName(name).item(0).getTextContent().strip();
    }

    /** The first child element of that name (not a descendant's: a dependency's version, not a plugin's). */
    private static String text(Element element, String name) {
        for (var child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent().strip();
            }
        }
        throw new IllegalStateException("no <" + name + "> in <" + element.getTagName() + ">");
    }
}
